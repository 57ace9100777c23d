/// A past act with a date of its own is an event whatever its verb: "protesters greeted the
/// decision with cheers on Monday night", "the roll was audited by an independent firm in
/// 2024", "a consortium began pumping oil off the coast in 2019". The trigger lexicon names
/// what news reports most often; this reads the clause instead: a finite verb in the past
/// (simple, perfect or passive) in a clause that says when, unless the verb says, thinks,
/// feels, is or measures something — those are quotes, states and trends, not events.
extension TriggerDetector {
    static func datedAct(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        let tokens = analysis.tokens
        let word = tokens[index].lower
        // "began pumping oil in 2019": a start is the act it starts.
        let startsAct = ["began", "begun", "started"].contains(word) && (analysis.word(index + 1).map { $0.hasSuffix("ing") } ?? false)
        // "had set off from Zuwara on Sunday night": a participle spelt like its base, after "had" or a passive's "was".
        // "it shut the line on Sunday": after "he", "she" or "it" the present would take "-s".
        let sameAsBase = baseLikeParticiples.contains(word) && ["had", "was", "were", "been", "he", "she", "it"].contains(analysis.word(index - 1) ?? "")
        guard isPastForm(word) || sameAsBase, startsAct || isAppearanceBeforeForum(at: index, in: analysis) || takesOffice(at: index, in: analysis) || carriesAct(at: index, in: analysis)
                || !EventLexicon.nonActs.contains(word),
              // "since satellite monitoring began in 1988": a gerund subject reads as a verb before it.
              isFinite(at: index, in: analysis) || isHappeningOfNoun(at: index, in: analysis),
              isDated(clauseOf: index, in: analysis) else { return nil }
        // "the forint weakened 0.8%", "imported components worth 2.1 billion euros": a verb
        // with an amount for its object tells a figure, not an act.
        if measuresAmount(after: index, in: analysis) { return nil }
        let entry = TriggerEntry(lemma: word, eventClass: .act, partOfSpeech: .verb)
        let trigger = Trigger(token: index, entry: entry, isVerbal: true)
        return accepts(trigger, in: analysis) ? trigger : nil
    }

    /// "the committee would receive a classified briefing on Thursday", "a repair ship is
    /// expected to reach the site by June 20": a planned act with a date of its own, whatever
    /// its verb — a base form after "will"/"would" or after a word of scheduling and "to".
    static func datedPlan(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        let word = analysis.tokens[index].lower
        guard index >= 2, !word.hasSuffix("ing"), !modals.contains(word), !ClauseSplitter.auxiliaries.contains(word) else { return nil }
        var k = index - 1
        // "the canal would be finished by the end of 2028": a planned passive.
        let isPassive = analysis.word(k) == "be"
        if isPassive {
            guard isPastForm(word) || baseLikeParticiples.contains(word) else { return nil }
            k -= 1
        } else if word.hasSuffix("ed") || TenseDetector.irregularPast.contains(word) {
            return nil
        }
        while k > 0, preverbalAdverbs.contains(analysis.tokens[k].lower) { k -= 1 }
        // "teachers would march to parliament on Thursday and hold a general assembly on
        // March 17": a second verb shares the first one's auxiliary.
        if !isPassive, analysis.word(k) == "and", let shared = sharedAuxiliary(before: k, in: analysis) { k = shared }
        let auxiliary = analysis.tokens[k].lower
        let scheduled = auxiliary == "to" && k > 0 && plannedGovernors.contains(analysis.tokens[k - 1].lower)
        let planned = ["will", "would", "shall"].contains(auxiliary) || scheduled
        // What is scheduled happens whatever its verb ("the court is due to rule next month");
        // a plan told with "will" keeps out the verbs that measure or state ("would fall 5%").
        let excluded = scheduled || isPassive ? EventLexicon.nonPlans : EventLexicon.nonPlannedActs
        guard planned, !excluded.contains(word) || isAppearanceBeforeForum(at: index, in: analysis), !measuresAmount(after: index, in: analysis), isDated(clauseOf: index, in: analysis) else { return nil }
        let trigger = Trigger(token: index, entry: TriggerEntry(lemma: word, eventClass: .act, partOfSpeech: .verb), isVerbal: true)
        return accepts(trigger, in: analysis) ? trigger : nil
    }

    /// "would appear before a magistrate on Tuesday", "appeared in court on Monday": to appear
    /// before a court, a judge or a committee is an act, though "appear" alone tells how things seem.
    static func isAppearanceBeforeForum(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard ["appear", "appears", "appeared"].contains(analysis.tokens[index].lower),
              let link = analysis.word(index + 1), link == "before" || link == "in" else { return false }
        var k = index + 2
        while k < min(analysis.tokens.count, index + 6), let word = analysis.word(k) {
            if appearanceForums.contains(word) { return true }
            guard analysis.tokens[k].isWord, !prepositions.contains(word), !ClauseSplitter.openers(word) else { return false }
            k += 1
        }
        return false
    }

    /// "since he took office in August 2023", "the junta that took power in 2021": taking office
    /// or power is an act, though "took" alone is a light verb.
    static func takesOffice(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        ["took", "taken"].contains(analysis.tokens[index].lower) && ["office", "power"].contains(analysis.word(index + 1) ?? "")
    }

    static let appearanceForums: Set<String> = [
        "court", "courts", "judge", "judges", "magistrate", "magistrates", "tribunal", "jury", "panel", "committee", "commission",
        "parliament", "senate", "congress", "inquiry", "prosecutor", "prosecutors", "investigators",
    ]

    /// The auxiliary of the verb before "and" in the same clause, if it has one: "would march
    /// … and hold", "is due to open … and run".
    static func sharedAuxiliary(before conjunction: Int, in analysis: SentenceAnalysis) -> Int? {
        guard conjunction > 0 else { return nil }
        let clause = analysis.clauses[analysis.clauseIndex(of: conjunction - 1)].range
        var k = conjunction - 1
        while k > clause.lowerBound, k > conjunction - 10 {
            let word = analysis.tokens[k].lower
            if ["will", "would", "shall"].contains(word) || word == "to" && plannedGovernors.contains(analysis.word(k - 1) ?? "") { return k }
            if ClauseSplitter.openers(word) || analysis.tokens[k].kind == .punct && analysis.tokens[k].text != "," { return nil }
            k -= 1
        }
        return nil
    }

    /// An amount for object: "weakened 0.8%", "worth 2.1 billion euros".
    static func measuresAmount(after index: Int, in analysis: SentenceAnalysis) -> Bool {
        let object = (index + 1)..<min(analysis.tokens.count, index + 5)
        return object.contains { analysis.tokens[$0].text == "%" || ["percent", "per", "worth"].contains(analysis.tokens[$0].lower) }
    }

    static let plannedGovernors: Set<String> = ["expected", "due", "set", "scheduled", "slated", "poised", "planned", "plans", "plan", "going", "likely"]

    /// Pasts too short for the "-ed" test that still tell acts: "the member died in March".
    static let shortRegularPasts: Set<String> = ["died", "axed"]

    static let baseLikeParticiples: Set<String> = ["set", "cut", "put", "hit", "shut", "spread", "cast", "burst", "split", "quit", "shed", "thrust"]

    /// "-ed" forms and irregular pasts, less the auxiliaries and the "-ed" words that are no verbs.
    static func isPastForm(_ word: String) -> Bool {
        if ["was", "were", "had", "did", "been", "ago", "yesterday"].contains(word) { return false }
        if TenseDetector.irregularPast.contains(word) { return true }
        if shortRegularPasts.contains(word) { return true }
        return word.utf8.count > 4 && word.hasSuffix("ed") && !TenseDetector.notPastEd.contains(word) && !word.contains("-")
    }

    /// Where a finite verb stands: after its subject (a name, a pronoun, a noun) or after the
    /// auxiliary of a perfect or a passive ("had recorded", "was audited"), not after a
    /// determiner or a preposition, where a participle is an adjective ("the displaced
    /// families", "in armed clashes"), nor after a comma ("…, backed by the army").
    static func isFinite(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        var k = index - 1
        while k >= 0, analysis.tokens[k].isWord, preverbalAdverbs.contains(analysis.tokens[k].lower) || analysis.tokens[k].lower.hasSuffix("ly") && !analysis.tokens[k].isCapitalized {
            k -= 1
        }
        guard k >= 0 else { return false }
        let previous = analysis.tokens[k]
        // "an investigation by the news site, published in November 2022, which …": a participle
        // set off by a comma and followed at once by its own date tells when its noun happened.
        if previous.text == ",", k == index - 1 {
            return analysis.date(at: index + 1)?.tokens.lowerBound == index + 1 || closesSubjectParticiple(at: k, in: analysis)
        }
        if analysis.date(at: k) != nil, k > 0 { return analysis.tokens[k - 1].isWord || analysis.tokens[k - 1].kind == .number }
        // "has ramped up production this year", "has jailed dozens": a present perfect tells a
        // state of affairs up to now, not an act at a time.
        if ["has", "have"].contains(previous.lower) || previous.lower == "been" && ["has", "have"].contains(analysis.word(k - 1) ?? "") { return false }
        if ["had", "was", "were", "been", "is", "are"].contains(previous.lower) { return true }
        if subjectPronouns.contains(previous.lower) || analysis.actor(at: k) != nil { return true }
        guard previous.isWord || previous.kind == .number else { return false }
        let lower = previous.lower
        if determiners.contains(lower) || prepositions.contains(lower) || modals.contains(lower) || ClauseSplitter.openers(lower) { return false }
        if ["and", "or", "but", "being", "be", "get", "got", "become", "became", "seem", "seemed", "remain", "remained"].contains(lower) { return false }
        // "began pumping" reads the first verb; a verb before this one makes it a participle.
        if ClauseSplitter.looksLikeVerb(previous) || EventLexicon.entries[lower] != nil { return false }
        return true
    }

    /// "The preliminary count, known as QuickTally, stopped …", "The convoy, escorted by two
    /// jeeps, reached …": a comma that closes a participle phrase after the sentence's
    /// subject, which no verb comes before, leaves the next verb the subject's own.
    static func closesSubjectParticiple(at comma: Int, in analysis: SentenceAnalysis) -> Bool {
        guard let opening = parentheticalOpening(closingAt: comma, in: analysis), opening > 0, opening + 2 < comma,
              let first = analysis.word(opening + 1), !analysis.tokens[opening + 1].isCapitalized,
              isPastForm(first) || baseLikeParticiples.contains(first),
              let link = analysis.word(opening + 2), ["by", "as", "in", "on", "at", "for", "with", "from", "to"].contains(link) else { return false }
        let subject = analysis.tokens[opening - 1]
        guard subject.isWord, isBareNoun(at: opening - 1, in: analysis) || subject.isCapitalized || analysis.actor(at: opening - 1) != nil else { return false }
        return !(0..<opening).contains { k in
            let token = analysis.tokens[k]
            guard token.isWord else { return token.text == "," }
            return ClauseSplitter.auxiliaries.contains(token.lower) || ClauseSplitter.openers(token.lower)
                || !token.isCapitalized && (ClauseSplitter.looksLikeVerb(token) || EventLexicon.entries[token.lower]?.contains { $0.partOfSpeech == .verb } == true)
        }
    }

    /// The clause has a time of its own that places the act: a date in it, a "since" date
    /// with a perfect ("had killed 412 people since January"), or the date a "when" clause
    /// hangs on ("since March 2022, when Spain's government backed …").
    static func isDated(clauseOf index: Int, in analysis: SentenceAnalysis) -> Bool {
        let clauseIndex = analysis.clauseIndex(of: index)
        let clause = analysis.clauses[clauseIndex].range
        let dated = analysis.dates.contains { found in
            guard clause.contains(found.tokens.lowerBound), found.mention.span != nil, case .date = found.mention.kind else { return false }
            if found.mention.preposition == "since" {
                return (clause.lowerBound..<index).contains { CandidateBuilder.perfectAuxiliaries.contains(analysis.tokens[$0].lower) }
            }
            return !CandidateBuilder.isPrenominal(found, in: analysis) && !CandidateBuilder.isPurposeYear(found, in: analysis)
                && !CandidateBuilder.endPrepositions.contains(found.mention.preposition ?? "")
        }
        return dated || CandidateBuilder.antecedentTime(of: clauseIndex, in: analysis) != nil
    }
}

extension EventLexicon {
    /// Verbs that happen at a time once planned, though a past form of them tells a state or a
    /// light verb's event: "would hold a general assembly on March 17", "is due to rule next month".
    static let plannable: Set<String> = ["hold", "run", "open", "close", "end", "finish", "rule", "reach", "begin", "start", "sit", "address", "brief", "serve"]

    /// The non-acts that a plan told with "will" still keeps out; made once, since a set
    /// subtraction per verb was a tenth of an import's time.
    static let nonPlannedActs: Set<String> = nonActs.subtracting(plannable)

    /// Verbs whose object picks the sense that is an act, so that without it they are none:
    /// "left the bloc" but "residents left the village", "raised the rate" but "raised concerns".
    static let senseByObject: Set<String> = ["leave", "leaves", "left", "raise", "raises", "raised"]

    /// What a schedule cannot make happen: saying, thinking and being ("is expected to say",
    /// "is due to remain").
    static let nonPlans: Set<String> = [
        "say", "tell", "add", "state", "note", "argue", "claim", "insist", "warn", "urge", "comment", "reply", "respond",
        "think", "believe", "expect", "hope", "fear", "know", "consider", "want", "need", "wish", "intend", "plan", "seek", "try",
        "be", "have", "remain", "seem", "appear", "stay", "exist", "continue", "last", "cost", "mean", "depend", "include",
        "rise", "fall", "increase", "decrease", "grow", "drop", "climb", "jump", "exceed", "top", "total", "double",
        "make", "take", "give", "get", "go", "come", "become", "do", "face", "lose", "gain", "fail", "help", "allow", "require",
    ]

    /// Past forms of verbs that are not acts: saying, thinking, perceiving, feeling, being and
    /// having, measuring and changing in amount, and the light verbs whose noun is the event
    /// ("held talks", "took place"), which the noun triggers already read.
    static let nonActs: Set<String> = inflectedSet([
        // saying
        "say:said", "tell:told", "add", "state", "note", "write:wrote,written", "argue", "claim", "insist", "warn", "urge", "call",
        "describe", "dismiss", "reject", "deny", "accuse", "criticise", "criticize", "praise", "welcome", "condemn", "announce",
        "explain", "stress", "emphasise", "emphasize", "underline", "reiterate", "repeat", "confirm", "acknowledge", "admit",
        "allege", "suggest", "propose", "reply", "respond", "answer", "comment", "complain", "question", "quote", "cite",
        "report", "inform", "vow", "promise", "threaten", "predict", "forecast", "estimate", "calculate", "signal", "hint",
        "indicate", "show:showed,shown", "reveal", "mention", "term", "label", "brand", "name", "dub+", "blame", "thank",
        "express", "voice", "demand", "request", "appeal", "plead", "caution", "assure", "pledge", "declare", "speak:spoke,spoken",
        "talk", "discuss", "address", "recommend", "conclude", "point", "attribute", "tweet", "post", "brief", "push", "commit+",
        // thinking, perceiving, feeling, wanting
        "think:thought", "believe", "expect", "hope", "fear", "know:knew,known", "understand:understood", "consider", "assume",
        "doubt", "reckon", "suspect", "wonder", "learn", "realise", "realize", "remember", "forget:forgot,forgotten", "find:found",
        "see:saw,seen", "notice", "observe", "watch", "feel:felt", "like", "love", "hate", "want", "need", "prefer", "wish",
        "intend", "plan+", "aim", "seek:sought", "try:tried", "regret", "deplore", "worry:worried", "concern", "surprise", "shock",
        "anger", "frustrate", "disappoint", "appreciate", "value", "recognise", "recognize", "view", "regard", "see", "treat",
        "schedule", "prepare", "await", "fail", "refuse", "decline",
        // being and having
        "be", "have:had", "remain", "seem", "appear", "stay", "exist", "belong", "own", "possess", "contain", "include", "involve",
        "represent", "mean:meant", "cost:cost", "depend", "lack", "resemble", "deserve", "consist", "matter", "equal+", "amount",
        "account", "comprise", "hold:held", "keep:kept", "continue", "last", "persist", "face", "enjoy", "govern", "rule",
        "lead:led", "head", "base", "locate", "situate", "border", "span", "cover", "dominate", "serve", "live", "work", "operate",
        "run:ran", "manage", "control", "dub", "allow", "permit", "require", "oblige", "force", "relate", "link", "connect",
        "tie", "concern", "feature", "mark", "set:set", "stand:stood", "sit:sat", "lie:lay,lain",
        // measuring and changing in amount
        "rise:rose,risen", "fall:fell,fallen", "increase", "decrease", "grow:grew,grown", "drop+", "jump", "climb", "surge",
        "slump", "soar", "plunge", "double", "halve", "reach", "top+", "exceed", "total+", "average", "gain", "lose:lost",
        "shrink:shrank,shrunk", "expand", "contract", "slow", "accelerate", "ease", "edge", "dip+", "tumble", "rebound",
        "recover", "rally", "earn", "ramp", "change", "count", "compare", "weaken", "strengthen", "import", "export", "carry:carried", "trade", "price", "value", "weigh", "measure", "number", "rank", "rate", "score", "close",
        "open", "end", "finish", "peak", "hover", "fluctuate", "stabilise", "stabilize", "widen", "narrow", "worsen", "improve",
        // light verbs and verbs of motion that carry another word's event
        "make:made", "take:took,taken", "give:gave,given", "get:got", "go:went,gone", "come:came", "become:became", "do:did,done",
        "put:put", "let:let", "use", "happen", "occur+", "turn", "bring:brought", "seem", "follow", "precede", "mark", "coincide",
        "begin:began,begun", "start", "help", "cause", "lead", "prompt", "spark", "trigger", "fuel", "draw:drew,drawn",
    ])
}
