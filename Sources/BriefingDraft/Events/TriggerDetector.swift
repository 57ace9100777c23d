/// A word that names something happening, accepted in its context.
struct Trigger: Hashable {
    var token: Int
    var entry: TriggerEntry
    /// Used as a verb ("imposed", "traveled") rather than a noun ("sanctions", "trip").
    var isVerbal: Bool
}

/// Finds trigger words and keeps those used as events: verbs in verbal positions, nouns
/// whatever their position (the candidate stage decides whether a noun names a new event),
/// outside quotations, with their required objects, not negated, not hypothetical.
enum TriggerDetector {
    static let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "any", "no", "each", "every", "another", "such", "my", "your", "some"]
    static let modals: Set<String> = ["to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "not", "never", "also", "cannot"]
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"]
    static let prepositions: Set<String> = ["from", "to", "in", "into", "with", "on", "against", "of", "for", "at", "by", "over", "about", "toward", "towards", "near", "between", "than", "via", "through", "across", "after", "before", "since", "during", "under", "onto", "upon", "like", "as", "among", "amid", "amidst", "despite", "following", "ahead", "within", "without", "throughout", "beyond", "outside", "inside", "around"]
    /// Modals right before a trigger: "might provide", "could then be appealed".
    static let nearModals: Set<String> = ["could", "might", "may", "should", "can", "cannot"]
    /// Words whose complement is a claim or a capacity, not a fact: "capable of carrying",
    /// "accused of killing", "involved in shipping".
    static let complementHeads: Set<String> = ["capable", "involved", "accused", "suspected", "aimed", "designed", "allegedly", "alleged", "alleging", "accusing", "ability", "able", "unable"]
    /// Intentions, requests and fears: "threatened to impose", "urged China to resolve".
    static let intentions: Set<String> = ["threatened", "threatening", "threatens", "threaten", "vowed", "vows", "vow", "urged", "urges", "urging", "want", "wants", "wanted", "hope", "hopes", "hoped", "seek", "seeks", "sought", "seeking", "considering", "consider", "considers", "mulling", "refused", "refuses", "fail", "failed", "fails", "demanded", "demands", "demand", "proposed", "proposes", "propose", "asked", "ask", "asks", "ready", "willing", "avoid", "prevent", "prevented", "risk", "risks", "warned", "warns", "fears", "feared", "fear", "whether", "if", "unless"]
    static let preverbalAdverbs: Set<String> = ["next", "also", "then", "again", "now", "first", "already", "formally", "jointly", "separately", "still"]
    static let hedges: Set<String> = ["possible", "potential", "possibly", "any", "future", "hypothetical"]
    /// "-ing" forms that are nouns in news copy ("voting was delayed").
    static let nonVerbalGerunds: Set<String> = ["voting", "ruling", "building", "meeting", "landing", "shelling", "bombing", "killing", "shooting", "testing"]
    /// "has eight days to file", "the right to appeal": an infinitive that has not happened.
    static let unrealisedInfinitiveHeads: Set<String> = ["days", "weeks", "months", "hours", "time", "right", "chance", "opportunity", "power", "ability", "effort", "efforts", "attempt", "attempts", "bid", "way", "need", "pressure", "calls", "call", "deadline", "freedom", "authority", "mandate", "motivation", "reason", "incentive"]
    static let negations: Set<String> = ["not", "never", "no", "without", "denied", "deny", "denies", "denying", "rejected", "rejects", "dismissed", "dismisses", "false", "neither", "nor"]
    static let timePrepositions: Set<String> = ["after", "before", "since", "during", "following", "amid", "despite", "until"]
    /// How far after a verb its required object may stand, for choosing a sense and for accepting it.
    static let objectReach = 14
    static let habitual: Set<String> = ["previously", "often", "regularly", "routinely", "frequently", "usually", "typically", "traditionally", "sometimes", "occasionally", "repeatedly"]

    static func triggers(in analysis: SentenceAnalysis) -> [Trigger] {
        let tokens = analysis.tokens
        var found: [Trigger] = []
        for index in tokens.indices where tokens[index].isWord && !analysis.quoted[index] {
            let token = tokens[index]
            // Capitalised mid-sentence: part of a name ("Summit Avenue", "Victory Day").
            if token.isCapitalized, index > 0, !(tokens[index - 1].kind == .punct && "“\"‘(".contains(tokens[index - 1].text)) { continue }
            // "March 3" opening a sentence is the month, not a protest march.
            if token.isCapitalized, token.lower == "march" { continue }
            if let trigger = takeTo(at: index, in: analysis) { found.append(trigger); continue }
            if let trigger = reportRelease(at: index, in: analysis) { found.append(trigger); continue }
            if let trigger = phraseTrigger(at: index, in: analysis) { found.append(trigger); continue }
            guard let entries = lexiconEntries(token.lower), !token.text.contains("."), !isVerbMarch(at: index, in: analysis) else {
                if !EventLexicon.senseByObject.contains(token.lower), let trigger = datedAct(at: index, in: analysis) ?? datedPlan(at: index, in: analysis) ?? datedNoun(at: index, in: analysis) {
                    found.append(trigger)
                }
                continue
            }
            guard let trigger = decide(entries, at: index, in: analysis), accepts(trigger, in: analysis) else {
                // "which lifted its monitoring of the judiciary in 2023", "expected to reach the
                // site by June 20": a lexicon verb without its usual object is still an act when
                // its clause dates it, like any other verb.
                if !EventLexicon.senseByObject.contains(token.lower), let trigger = datedAct(at: index, in: analysis) ?? datedPlan(at: index, in: analysis) {
                    found.append(trigger)
                }
                continue
            }
            if !trigger.isVerbal, index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
               EventLexicon.compoundHeads.contains(tokens[index + 1].lower) {
                // "election monitors", "ruling party": a modifier, not an event.
                continue
            }
            found.append(trigger)
        }
        return withoutHappeningsTold(found, in: analysis)
    }

    /// The lexicon's entries for a word; a noun with a prefix of news English ("by-election",
    /// "counter-offensive", "re-vote") is its noun's kind of event.
    static func lexiconEntries(_ word: String) -> [TriggerEntry]? {
        if let entries = EventLexicon.entries[word] { return entries }
        guard let dash = word.firstIndex(of: "-"), hyphenPrefixes.contains(String(word[..<dash])) else { return nil }
        let nouns = EventLexicon.entries[String(word[word.index(after: dash)...])]?.filter { $0.partOfSpeech == .noun }
        return nouns?.isEmpty == false ? nouns : nil
    }

    static let hyphenPrefixes: Set<String> = ["by", "re", "counter", "mid"]

    /// "called a march to parliament", "a silent march": the noun has a determiner within two
    /// words before it; "teachers would march on Thursday" is the verb, left to the dated-act rule.
    static func isVerbMarch(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard ["march", "marches"].contains(analysis.tokens[index].lower) else { return false }
        return !determiners.contains(analysis.word(index - 1) ?? "") && !determiners.contains(analysis.word(index - 2) ?? "")
    }

    /// Verb or noun, from the word's form and its left neighbour.
    private static func decide(_ entries: [TriggerEntry], at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        let tokens = analysis.tokens
        let word = tokens[index].lower
        let previous = index > 0 ? tokens[index - 1] : nil
        let previousWord = previous?.lower ?? ""
        // A verb with two senses by object ("ordered them out", "ordered reinforcements"): the
        // sense whose object follows.
        let verbs = entries.filter { $0.partOfSpeech == .verb }
        let verb = verbs.count < 2 ? verbs.first : verbs.first { entry in
            entry.objects.map { objects in (index + 1..<min(tokens.count, index + objectReach)).contains { objects.contains(tokens[$0].lower) } } ?? true
        } ?? verbs.first
        let noun = entries.first { $0.partOfSpeech == .noun }
        let afterDeterminer = determiners.contains(previousWord) || (previous?.isPossessive ?? false)
        if let verb {
            let isPast = word.hasSuffix("ed") || (TenseDetector.irregularPast.contains(word) && word != verb.lemma)
            let isProgressive = word.hasSuffix("ing")
            // "at a meeting of its foreign ministers": the noun, when there is one.
            if isProgressive, nonVerbalGerunds.contains(word) { return noun.map { Trigger(token: index, entry: $0, isVerbal: false) } }
            if isPast || isProgressive {
                // "marred by banned opposition rallies": a participle used as an adjective.
                if isPast, ["by", "of", "with", "for", "on", "from", "against", "into"].contains(previousWord),
                   index + 1 < tokens.count, tokens[index + 1].isWord, !prepositions.contains(tokens[index + 1].lower), !determiners.contains(tokens[index + 1].lower),
                   analysis.actor(at: index + 1) == nil {
                    return nil
                }
                // "a coalition that deployed 5,200 observers": "that" is the relative pronoun.
                if previousWord == "that", isPast { return Trigger(token: index, entry: verb, isVerbal: true) }
                if afterDeterminer, noun == nil {
                    // "the banned exporter": a participle used as an adjective.
                    return nil
                }
                if afterDeterminer, let noun { return Trigger(token: index, entry: noun, isVerbal: false) }
                return Trigger(token: index, entry: verb, isVerbal: true)
            }
            // Base and -s forms: a verb only where a verb can stand. An adverb between subject
            // and verb is looked past: "the Body next meets", "Moldova also bans".
            var subjectEnd = index - 1
            while subjectEnd > 0, preverbalAdverbs.contains(tokens[subjectEnd].lower) { subjectEnd -= 1 }
            let previous = subjectEnd >= 0 && subjectEnd < index ? tokens[subjectEnd] : previous
            let previousWord = previous?.lower ?? previousWord
            let verbal: Bool
            if modals.contains(previousWord) || previousWord.hasSuffix("n't") || previousWord.hasSuffix("n\u{2019}t") {
                verbal = true
            } else if noun != nil {
                verbal = word.hasSuffix("s") ? subjectPronouns.contains(previousWord) && previousWord != "that" : false
            } else {
                // "The storm", "Tuesday's storm": after a determiner the word is a noun, capitalised
                // or not ("that" may be a relative pronoun: "units that raid villages").
                verbal = !(afterDeterminer && previousWord != "that") && (subjectPronouns.contains(previousWord) || (previous?.isCapitalized ?? false) || analysis.actor(at: subjectEnd) != nil
                    || (previous?.isWord ?? false) && previousWord.hasSuffix("s") && !prepositions.contains(previousWord))
            }
            if verbal { return Trigger(token: index, entry: verb, isVerbal: true) }
            if let noun { return Trigger(token: index, entry: noun, isVerbal: false) }
            return nil
        }
        if let noun { return Trigger(token: index, entry: noun, isVerbal: false) }
        return nil
    }

    /// Objects, contexts, negation, hypothesis and habit, within the trigger's clause.
    static func accepts(_ trigger: Trigger, in analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        let index = trigger.token
        let clause = analysis.clauses[analysis.clauseIndex(of: index)].range
        if let objects = trigger.entry.objects, trigger.isVerbal {
            let ahead = (index + 1)..<min(clause.upperBound, index + objectReach)
            let word = tokens[index].lower
            let isParticiple = word.hasSuffix("ed") || (TenseDetector.irregularPast.contains(word) && word != trigger.entry.lemma)
            // "A report by U.N. experts published in July": the object before a participle.
            let behind = max(clause.lowerBound, index - 6)..<index
            guard ahead.contains(where: { objects.contains(tokens[$0].lower) })
                || isParticiple && behind.contains(where: { objects.contains(tokens[$0].lower) }) else { return false }
        }
        if let particle = trigger.entry.particle, analysis.word(index + 1) != particle { return false }
        // "ruled out talks", "called off the visit": a particle that undoes the act.
        if trigger.isVerbal, ["out", "off"].contains(analysis.word(index + 1) ?? ""), trigger.entry.lemma == "rule" { return false }
        // "…, Yonhap news agency reported.": an outlet named as the source of the sentence, not
        // a report of its own, which goes on ("reported on Tuesday", "reported that").
        if trigger.isVerbal, trigger.entry.lemma == "report", index + 1 >= tokens.count || !tokens[index + 1].isWord { return false }
        // "according to a transcript released by the office", "in a statement published by
        // Khovar": where a quote comes from, not an act.
        if trigger.isVerbal, trigger.entry.eventClass == .release, index >= 3, EventLexicon.releasedThings.contains(tokens[index - 1].lower),
           (max(0, index - 5)..<(index - 1)).contains(where: { ["according", "in"].contains(tokens[$0].lower) }),
           ["a", "an", "its", "the", "his", "her", "their"].contains(tokens[index - 2].lower) || tokens[index - 2].isWord && ["a", "an", "its", "the", "his", "her", "their"].contains(tokens[index - 3].lower) {
            return false
        }
        if let context = trigger.entry.context, !analysis.contains(context, in: clause) { return false }
        // "the vote", "its launch", "the 1997 embargo": a definite mention, which the candidate
        // stage folds into an earlier event or dates by a date of its own.
        let modifiers = (max(clause.lowerBound, index - 4)..<index).reversed().prefix { tokens[$0].isWord || tokens[$0].kind == .number }
        let referential = modifiers.contains { CandidateBuilder.referentialDeterminers.contains(tokens[$0].lower) || tokens[$0].isPossessive }
        // "a tribunal ruling in 2016": a date of its own makes it happen, too.
        let dated = analysis.dates.contains { found in
            found.mention.isEventDate && (found.tokens.lowerBound == index + 1 || found.tokens.lowerBound == index + 2 || found.tokens.upperBound == index
                || datesComplement(found, of: index, in: analysis))
        }
        // "Hearings are scheduled …", "The vote was held …": the noun's own verb after it counts too.
        if trigger.entry.needsLightVerb, !referential, !dated, !hasLightVerb(before: index, in: analysis),
           !CandidateBuilder.hasOwnLightVerb(after: index..<(index + 1), clause: clause, in: analysis) { return false }
        if trigger.isVerbal, index >= 2, tokens[index - 1].lower == "to", unrealisedInfinitiveHeads.contains(tokens[index - 2].lower) { return false }
        if trigger.isVerbal, isPurpose(at: index, in: analysis) { return false }
        var before = max(clause.lowerBound, index - 8)..<index
        // "was never marked after the collapse": a negation does not reach past a preposition of time.
        if let circumstance = before.last(where: { timePrepositions.contains(tokens[$0].lower) }) { before = (circumstance + 1)..<index }
        if before.contains(where: { negations.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("n't") || tokens[$0].lower.hasSuffix("n\u{2019}t") }) { return false }
        let near = max(clause.lowerBound, index - 3)..<index
        if near.contains(where: { nearModals.contains(tokens[$0].lower) || complementHeads.contains(tokens[$0].lower) }) { return false }
        if (max(clause.lowerBound, index - 2)..<index).contains(where: { hedges.contains(tokens[$0].lower) }) { return false }
        // "is due to consider the appeal at a meeting on May 4": the occasion of an intended act
        // happens whatever is intended at it.
        if before.contains(where: { intentions.contains(tokens[$0].lower) }), trigger.isVerbal || !isOccasion(at: index, in: analysis) { return false }
        // A complement clause inherits its governor's negation: "no evidence that weapons were being shipped".
        let clauseIndex = analysis.clauseIndex(of: index)
        if clauseIndex > 0, analysis.clauses[clauseIndex].opener == "that" {
            let governor = analysis.clauses[clauseIndex - 1].range
            let tail = max(governor.lowerBound, governor.upperBound - 5)..<governor.upperBound
            if tail.contains(where: { negations.contains(tokens[$0].lower) || intentions.contains(tokens[$0].lower) || complementHeads.contains(tokens[$0].lower) }) { return false }
        }
        // The first clause of a conditional sentence: "Should that fail, …".
        if analysis.word(0) == "should" || analysis.word(0) == "if" { return false }
        // Habits without a date: "have previously taken part in joint exercises".
        if analysis.contains(habitual, in: clause), !analysis.dates.contains(where: { clause.contains($0.tokens.lowerBound) && $0.mention.isEventDate }) {
            return false
        }
        return true
    }

    /// "at a meeting", "during an emergency session": an indefinite noun that is the occasion of
    /// its clause's act, at most two modifiers after its article.
    static func isOccasion(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        var k = index - 1
        while k > index - 3, k > 0, analysis.tokens[k].isWord, !determiners.contains(analysis.tokens[k].lower), !prepositions.contains(analysis.tokens[k].lower) { k -= 1 }
        guard let article = analysis.word(k), article == "a" || article == "an", let preposition = analysis.word(k - 1) else { return false }
        return preposition == "at" || preposition == "during"
    }

    /// Words an infinitive may follow and still be an act: a schedule ("due to meet"), a
    /// decision carried out ("voted to impose", "moved to ban"), a start ("began to withdraw").
    static let actingGovernors: Set<String> = TenseDetector.toFuture.union([
        "agreed", "agree", "agrees", "decided", "decide", "decides", "voted", "vote", "votes", "moved", "move", "moves",
        "began", "begin", "begins", "started", "start", "starts", "continued", "continue", "continues", "went", "was", "were",
        "plans", "planned", "planning", "expects", "managed", "tried", "sought", "used", "ordered",
    ])

    /// "ordered it by radio to halt its survey", "crossed into a section to install cameras",
    /// "paid people to join protests": an infinitive after an object or a whole clause says
    /// what an act was for or what someone was asked to do, not a further act.
    static func isPurpose(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard index >= 2, analysis.word(index - 1) == "to" else { return false }
        var governor = index - 2
        while governor > 0, preverbalAdverbs.contains(analysis.tokens[governor].lower) { governor -= 1 }
        let word = analysis.tokens[governor].lower
        if actingGovernors.contains(word) { return false }
        // "used tear gas to disperse a march": what the means was used for was done.
        let clause = analysis.clauses[analysis.clauseIndex(of: index)].range
        if (max(clause.lowerBound, index - 8)..<index).contains(where: { ["use", "used", "uses", "using"].contains(analysis.tokens[$0].lower) }) { return false }
        // "the right to appeal" and the like are handled above; a noun or object before "to".
        return analysis.tokens[governor].isWord || analysis.tokens[governor].kind == .number
    }

    /// "the collapse of the Soviet Union in 1991", "his election as head of state in 2022": a
    /// date right after the noun's "of" or "as" complement dates the noun.
    static func datesComplement(_ found: DateFinder.Found, of index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard let link = analysis.word(index + 1), link == "of" || link == "as", found.tokens.lowerBound > index + 2,
              found.tokens.lowerBound <= index + 7 else { return false }
        return ((index + 2)..<found.tokens.lowerBound).allSatisfy { k in
            analysis.tokens[k].isWord && !ClauseSplitter.openers(analysis.tokens[k].lower) && EventLexicon.entries[analysis.tokens[k].lower] == nil
        }
    }

    static func hasLightVerb(before index: Int, in analysis: SentenceAnalysis) -> Bool {
        lightVerb(before: index, in: analysis) != nil
    }

    /// The verb whose object the noun at `index` is: "began a two-day visit", "conducting a
    /// series of weapons tests", "announced on Tuesday the conclusion of its investigation" —
    /// but not "expanding measures to curb Moscow's invasion", where the noun belongs to another verb.
    static func lightVerb(before index: Int, in analysis: SentenceAnalysis) -> Int? {
        let clause = analysis.clauses[analysis.clauseIndex(of: index)].range
        var k = index - 1
        while k >= max(clause.lowerBound, index - 10) {
            let token = analysis.tokens[k]
            // "paid people to join protests": a light verb in a purpose infinitive makes nothing happen.
            if EventLexicon.lightVerbs.contains(token.lower) { return isPurpose(at: k, in: analysis) ? nil : k }
            if analysis.date(at: k) == nil {
                if token.lower == "to" || ClauseSplitter.openers(token.lower) { return nil }
                // "carried out more than 200 attacks": "than" of a count is no preposition.
                let countThan = token.lower == "than" && ["more", "less", "fewer"].contains(analysis.word(k - 1) ?? "")
                if prepositions.contains(token.lower), !countThan, !["of", "in", "out", "up"].contains(token.lower) { return nil }
                if token.kind == .punct, ![",", "\u{201C}", "\u{201D}", "\"", "-"].contains(token.text) { return nil }
            }
            k -= 1
        }
        return nil
    }

    /// "said in a report to parliament on Thursday", "said in its final report last month":
    /// a finding put out as a report is an act of publishing, unlike a statement or a remark.
    private static func reportRelease(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        guard ["report", "study", "survey"].contains(analysis.tokens[index].lower) else { return nil }
        var k = index - 1
        while k > index - 4, let word = analysis.word(k), !determiners.contains(word), !prepositions.contains(word) { k -= 1 }
        guard let determiner = analysis.word(k), ["a", "an", "its", "their", "his", "her", "the"].contains(determiner),
              analysis.word(k - 1) == "in", ["said", "says", "say"].contains(analysis.word(k - 2) ?? "") else { return nil }
        // Dated as its own ("… report to parliament on Thursday"): "said in its report" alone
        // only sources a claim.
        let clause = analysis.clauses[analysis.clauseIndex(of: index)].range
        guard analysis.dates.contains(where: { $0.mention.isEventDate && $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 5 && clause.contains($0.tokens.lowerBound) })
        else { return nil }
        let trigger = Trigger(token: index, entry: TriggerEntry(lemma: "report", eventClass: .release, partOfSpeech: .verb), isVerbal: true)
        return accepts(trigger, in: analysis) ? trigger : nil
    }

    /// Fixed phrases of news grammar: what was done to the subject ("the patrol came under
    /// fire") and rules taking hold ("the duties take effect on Friday", "the law comes into
    /// force", "before the duties become definitive in July").
    private static let phrases: [(verbs: Set<String>, words: [Set<String>], lemma: String, eventClass: EventClass)] = [
        (["came", "come", "comes", "coming"], [["under"], ["fire", "attack", "attacks", "shelling", "bombardment", "gunfire", "assault"]], "come under", .attack),
        (["take", "takes", "took", "taken", "taking"], [["effect"]], "take effect", .measure),
        (["came", "come", "comes", "coming", "enter", "enters", "entered", "entering"], [["into"], ["force", "effect"]], "come into force", .measure),
        (["become", "becomes", "became", "becoming"], [["definitive", "effective", "law", "permanent"]], "become effective", .measure),
    ]

    private static func phraseTrigger(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        let word = analysis.tokens[index].lower
        guard let phrase = phrases.first(where: { phrase in
            phrase.verbs.contains(word) && phrase.words.indices.allSatisfy { phrase.words[$0].contains(analysis.word(index + 1 + $0) ?? "") }
        }) else { return nil }
        let trigger = Trigger(token: index, entry: TriggerEntry(lemma: phrase.lemma, eventClass: phrase.eventClass, partOfSpeech: .verb), isVerbal: true)
        return accepts(trigger, in: analysis) ? trigger : nil
    }

    /// "take China to the World Trade Organisation", "took the case to court".
    private static let forums: Set<String> = ["court", "courts", "wto", "tribunal", "umpire", "arbitration", "icj", "icc", "un", "arbitrator", "panel"]
    private static func takeTo(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        guard ["take", "takes", "took", "taken", "taking"].contains(analysis.tokens[index].lower) else { return nil }
        let clause = analysis.clauses[analysis.clauseIndex(of: index)].range
        var k = index + 1
        while k < min(clause.upperBound, index + 7) {
            if analysis.tokens[k].lower == "to" {
                var object = k + 1
                while let word = analysis.word(object), ["the", "a", "an", "global", "international", "world", "independent"].contains(word) { object += 1 }
                guard object < analysis.tokens.count else { return nil }
                if forums.contains(analysis.tokens[object].lower) || analysis.actor(at: object).map({ _ in analysis.tokens[object].isCapitalized }) == true {
                    let entry = TriggerEntry(lemma: "take to", eventClass: .legal, partOfSpeech: .verb)
                    let trigger = Trigger(token: index, entry: entry, isVerbal: true)
                    return accepts(trigger, in: analysis) ? trigger : nil
                }
                return nil
            }
            k += 1
        }
        return nil
    }
}
