import BriefingModel

/// One actor's position in one sentence: who, which way, the words, and what it is about.
struct StancePosition {
    var actor: String
    var stance: Stance
    var paragraph: Int  // index into the attribution text's paragraphs
    var sentence: Int
    var ref: SourceRef
    var cue: Int
    var cueWord: String
    var statement: String
    /// The subject-matter words of the statement, stemmed.
    var stems: Set<String>
    /// Actors the statement names, other than its speaker.
    var mentioned: Set<String>
    /// Made with a verb of accusing ("alleging", "accused", "claimed").
    var isClaim: Bool
    /// A denial that points back at claims: 2 for "both claims", 1 for "the allegations".
    var anaphora: Int = 0
    /// The speaker of the claim a denial names in the same sentence ("rejected Canada's allegations").
    var namedClaimant: String?
    /// That claim's own words, where the sentence gives them ("… allegations that its agents were involved").
    var namedClaim: String?
    /// A self-justifying denial that also accuses the other side: it asserts as well.
    var accusesToo = false
    /// Set off against what another actor said just before it: "…, but X said", "…, while X
    /// said", "But X said …", "X, however, said …". `contrastsWith` names the other actor when
    /// it is in the same sentence; otherwise the position before it is the one contrasted.
    var contrasts = false
    var contrastsWith: String?
    /// The answer hedges ("may be hiding", "could be higher"): set against a claim, it doubts.
    var hedged = false
    /// Puts a number on something ("put the figure at 55%"): after another actor's figure, a rival count.
    var estimates = false
    /// Its clause holds a number ("said more than 90% had closed").
    var counts = false
    /// Its reported clause's subject is a number ("said more than 40,000 had joined").
    var countClause: CountClause?
    /// Gives a cause ("was started by a faulty cable"): what happened and what caused it, as stems.
    var causeEffect: Set<String>?
    var causeGiven: Set<String>?
    /// Names a cause ("arson could not be ruled out", "this was no accident").
    var namesCause = false
    /// Stems of the nouns a demonstrative points back with ("how well those controls work").
    var pointed: Set<String> = []
    /// Will fight a decision ("would appeal", "will challenge the ruling"): it answers a ruling or a finding.
    var appeals = false
    /// Denies or doubts by its verb ("denied", "pushed back", "questioned"), not by its words.
    var answersByVerb = false
    /// Points back at a line of reasoning ("rejected that argument"): `argumentAnswered`.
    var pointsAtArgument = false
    /// Says a count is concealed ("the army is hiding the real figure"): `countHidden`.
    var hidesCount = false
    /// The count noun an answer points back with ("questioned the figure"): `countQuestioned`.
    var pointedCount: String?
    /// Whose count it is, when a possessive names them ("the company's figure").
    var countOwner: String?
    /// Whom a verb of accusing or criticising names as its object ("accused Southland of …",
    /// "criticised the ministry for …"): the one expected to answer.
    var accused: String?
    /// The actor a reported clause is about, as its subject ("said Chinese vessels had entered its
    /// waters", "said state oil company Pemex had flared …"): the one expected to answer a claim
    /// made with a plain verb of saying.
    var about: String?
    /// The same for a ruling or a finding ("ruled that Greece had carried out …"): the party it
    /// found against, who answers it (`findingsAnswered`).
    var foundAbout: String?
    /// The sentence of the paragraph where the quote it reports opened, when that is an earlier one.
    var quoteOpenedIn: Int?
    /// Answers the clause before a claim noun that opens its relative ("…, a claim the office
    /// rejects"): `RejectedDenials`.
    var answersGappedClaim = false
    /// The order of the position a contrast answers, once resolved.
    var contrastTarget: Int?
    /// The order of another camp's denial a contrast is set against ("… found no evidence of
    /// dumping. Millan, however, said …"): it stands with what that denial denies (`ContrastedDenials`).
    var contradictsDenial: Int?
    var order: Int = 0

    /// A side the page can state: a claim with no words (a cue whose clause is cut away) is no side.
    var hasStatement: Bool { statement.contains { !$0.isWhitespace } }
}

/// Finds positions sentence by sentence: each verb of saying, accusing, denying or
/// questioning with an identifiable subject, its clause, and the stance its words take.
enum PositionFinder {
    typealias L = AttributionLexicon
    typealias D = DisputeLexicon

    static func find(in text: AttributionText) -> [StancePosition] {
        // Paragraph by paragraph, each on its own, in two halves: this is the longest stage of
        // a long text, and the events and quotes beside it finish well before it.
        let perParagraph = Drafter.inHalves(Array(text.paragraphs.indices)) { find(inParagraph: $0, text: text) }
        var positions = withoutConditionalAssertions(perParagraph.flatMap { $0 })
        resolveEndorsements(&positions, text: text)
        for index in positions.indices { positions[index].order = index }
        return positions
    }

    static func find(inParagraph p: Int, text: AttributionText) -> [StancePosition] {
        let view = text.paragraphs[p]
        var inParagraph: [StancePosition] = []
        var uncued: [Int] = []
        for (s, range) in view.sentenceTokens.enumerated() where !range.isEmpty {
            let found = find(in: p, sentence: s, range: range, text: text)
            if found.isEmpty { uncued.append(s) }
            inParagraph += found
        }
        for s in uncued { attach(sentence: s, in: p, to: &inParagraph, text: text) }
        moveToQuoteOpening(&inParagraph, uncued: uncued, view: view)
        return inParagraph
    }

    /// "“We saw the build-up in February. Nobody listened,” the minister said.": a quote that runs
    /// over sentences is said where it opens — its first sentence states the position, the
    /// later ones and the verb of saying continue it. A position read from such a quote moves to
    /// the sentence where the quote opened, when that sentence has no position of its own.
    static func moveToQuoteOpening(_ positions: inout [StancePosition], uncued: [Int], view: ParagraphView) {
        for index in positions.indices {
            guard let opened = positions[index].quoteOpenedIn, opened < positions[index].sentence, uncued.contains(opened),
                  !positions.contains(where: { $0.sentence == opened }) else { continue }
            positions[index].sentence = opened
            positions[index].ref = view.sentences[opened].ref
        }
    }

    /// A sentence with no verb of saying still belongs to a speaker in its paragraph: the
    /// rest of a quote ("“…,” he said. “It is a fabrication.”") to the quote's speaker, and a
    /// framing of doubt ("Not everyone is convinced the plan will work.") to the speaker it
    /// introduces. Its words join that position, and may turn it into a denial or a doubt.
    static func attach(sentence s: Int, in p: Int, to positions: inout [StancePosition], text: AttributionText) {
        let view = text.paragraphs[p]
        let range = view.sentenceTokens[s]
        let words = range.filter { view.tokens[$0].kind == .word }
        guard !words.isEmpty else { return }
        let quoted = words.filter { view.tokens[$0].depth > 0 }.count * 2 > words.count
        let lowers = range.map { view.tokens[$0].kind == .word || view.tokens[$0].kind == .punct ? view.tokens[$0].lower : "\"" }
        let denies = containsDenial(lowers)
        let framed = !denies && !quoted && !containsDoubt(lowers) && framesDoubt(lowers)
        let doubts = !denies && (framed || containsDoubt(lowers))
        let target: Int?
        if quoted {
            let running = speakerOfRunningQuote(sentence: s, words: words, positions: positions, view: view)
            // The quote opened here: its speaker's position is said where it opens (`RunningQuoteOpenings`).
            if let running { markQuoteOpening(s, of: &positions[running]) }
            target = running
                ?? positions.lastIndex(where: { $0.sentence < s }) ?? positions.firstIndex(where: { $0.sentence == s + 1 })
        } else if denies || doubts {
            target = positions.firstIndex(where: { $0.sentence == s + 1 })
        } else {
            target = nil
        }
        guard let target else { return }
        let actor = positions[target].actor
        for t in range where view.tokens[t].kind == .word {
            if let mention = view.mentionsStartingAt[t]?.first.map({ view.mentions[$0] }) {
                // "The WHO was less confident.": the framed actor is the doubter's own side, not whom it answers.
                if mention.actor != actor, !framed { positions[target].mentioned.insert(mention.actor) }
                continue
            }
            if !L.speechVerbs.contains(view.tokens[t].lower) || isSubjectMatter(p, t, text: text), let stem = D.stem(view.tokens[t].lower) { positions[target].stems.insert(stem) }
        }
        guard positions[target].stance == .asserts else { return }
        if denies {
            positions[target].stance = .denies
        } else if doubts, text.actors[actor]?.kind != .media {
            positions[target].stance = .questions
            if framed { addFramedDoubter(sentence: s, in: p, framing: target, to: &positions, text: text) }
        }
    }

    /// "Residents said the men were farmers. “They were not guerrillas. They had machetes, not
    /// rifles,” Jose Ardila told the newspaper.": a quoted sentence whose quote runs on and closes
    /// in a later sentence is the words of whoever is said to speak after that close, not of the
    /// speaker before it.
    static func speakerOfRunningQuote(sentence s: Int, words: [Int], positions: [StancePosition], view: ParagraphView) -> Int? {
        guard let q = words.lazy.compactMap({ view.tokens[$0].depth > 0 ? view.tokens[$0].quote : nil }).first,
              let close = view.quotes[q].closeToken, view.tokens[close].sentence > s else { return nil }
        let closing = view.tokens[close].sentence
        guard let after = positions.firstIndex(where: { $0.sentence == closing && $0.cue > close }) else { return nil }
        // "Pato told the court … “There was no vote. The man … went home,” he said.": the same
        // speaker goes on, and the quote is the rest of what he said before.
        if let before = positions.lastIndex(where: { $0.sentence < s }), positions[before].actor == positions[after].actor { return nil }
        return after
    }

    /// "had warned the company in October" / "We did not receive any warning": a word of saying
    /// that reports no position here (inside a quote, a noun, a verb inside what is reported) is
    /// what the statement is about, as any other word is. Plain verbs of saying are never.
    static func isSubjectMatter(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let lower = text.paragraphs[p].tokens[t].lower
        guard !plainSayingVerbs.contains(lower) else { return false }
        return text.paragraphs[p].tokens[t].depth > 0 || !isStanceCue(p, t, text: text)
    }

    static let plainSayingVerbs = D.words("""
        say says said saying tell tells told telling add adds added adding state states stated stating
        note notes noted noting according write writes wrote writing
        """)

    /// Who is told: "told reporters", "told state television", "told a news conference".
    static let addressees = D.words("""
        reporters journalists parliament lawmakers legislators supporters media press television tv radio state news
        agency agencies conference briefing broadcaster interviewer audience crowd delegates senators mps congress
        committee parliamentarians newspaper daily channel outlet
        """)

    /// Verbs of denying, questioning, claiming and holding a position, in one set: asked at
    /// nearly every word, one look-up instead of four.
    static let stanceVerbs: Set<String> = D.denyVerbs.union(D.questionVerbs).union(D.claimVerbs).union(D.positionVerbs)

    static func isStanceCue(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        // "Police questioned two suspects": an interview, not a doubt (`Interviews`).
        if isInterview(p, t, text: text) { return false }
        let tokens = text.paragraphs[p].tokens
        let token = tokens[t]
        // "the deposits could add up to 1.6 billion lei": a sum, not a remark added.
        if ["add", "adds", "added", "adding"].contains(token.lower), tokens.indices.contains(t + 1), tokens[t + 1].lower == "up" { return false }
        if text.isCue(p, t) { return true }
        guard token.kind == .word, token.depth == 0 else { return false }
        if isPushBack(p, t, text: text) || isDoubtPhrase(p, t, text: text) || isFigureEstimate(p, t, text: text) || isNotGuiltyPlea(p, t, text: text)
            || text.isFinding(p, t) || reportsThatClause(p, t, text: text) || isPresentDispute(p, t, text: text)
            || isUnpersuaded(p, t, text: text) || endorsement(p, t, text: text) != nil || rulingStance(p, t, text: text) != nil
            || isRivalAccount(p, t, text: text) { return true }
        if isDisbelief(p, t, text: text) { return true }
        guard stanceVerbs.contains(token.lower) else { return false }
        if t > 0, L.determiners.contains(tokens[t - 1].lower) { return false }
        if ["charged", "charging"].contains(token.lower), !chargesWithOffence(p, t, text: text) { return false }
        return true
    }

    /// "The federation estimated that each day cost 30 million euros", "the group maintains that
    /// …": a verb of reckoning or holding right before its "that" clause reports a position as a
    /// verb of saying does (without the clause, "estimated the cost", it may be an act).
    static func reportsThatClause(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard D.reckoningVerbs.contains(tokens[t].lower), t + 1 < tokens.count, tokens[t + 1].lower == "that", tokens[t + 1].depth == 0 else { return false }
        return t == 0 || !L.determiners.contains(tokens[t - 1].lower)
    }

    /// "charged the company with fraud", "charged that the vote was rigged", "was charged with
    /// murder": to charge accuses only with its charge after "with" or "that"; "officers charged
    /// the crowd", "charging fees" are acts, and so is "charged at officers with a cutlass".
    static func chargesWithOffence(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        if t + 1 < tokens.count, ["at", "toward", "towards", "into", "through", "past", "forward"].contains(tokens[t + 1].lower) { return false }
        var k = t + 1
        while k < tokens.count, k <= t + 6, tokens[k].depth == 0, tokens[k].kind == .word {
            if ["with", "that"].contains(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// "A report published this month by the Kyiv School of Economics found that …", "The
    /// report, published by the UN human rights office, says …": a document speaks for its
    /// author, named after "by" in the document's own noun phrase, which opens the sentence.
    static func documentAuthor(before cue: Int, range: Range<Int>, in p: Int, text: AttributionText) -> String? {
        let tokens = text.paragraphs[p].tokens
        guard let noun = (range.lowerBound..<min(cue, range.lowerBound + 3)).first(where: { D.documentNouns.contains(tokens[$0].lower) }),
              (range.lowerBound..<noun).allSatisfy({ L.determiners.contains(tokens[$0].lower) || (tokens[$0].kind == .word && !tokens[$0].isCapitalized) })
        else { return nil }
        guard let by = (noun + 1..<cue).first(where: { tokens[$0].lower == "by" && tokens[$0].depth == 0 }) else { return nil }
        return headActor(after: by, in: p, text: text) ?? text.paragraphs[p].mention(startingAt: by + 1)?.actor
    }

    /// "His former deputy, A, and a procurement officer, B, who are tried with him, also
    /// denied …": two names joined by "and" that open the sentence, each standing alone (a name
    /// followed by a comma, "and" or the verb, not "Zambezi Agro director"), are the verb's
    /// subjects. The subject phrase ends at a relative pronoun; a preposition ("talks between A
    /// and B") or another verb of saying in it means it is no plain subject.
    static func coordinatedSubjects(before cue: Int, range: Range<Int>, in p: Int, text: AttributionText) -> [String] {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var end = cue
        // The auxiliaries and adverbs of the verb itself ("have also denied") are not the subject's.
        while end > range.lowerBound, tokens[end - 1].kind == .word, D.auxiliaries.contains(tokens[end - 1].lower) || tokens[end - 1].lower == "also" { end -= 1 }
        if let relative = (range.lowerBound..<end).first(where: { tokens[$0].depth == 0 && ["who", "which"].contains(tokens[$0].lower) }) { end = relative }
        let region = range.lowerBound..<end
        guard region.contains(where: { tokens[$0].lower == "and" && tokens[$0].depth == 0 }) else { return [] }
        var actors: [String] = []
        var t = region.lowerBound
        while t < region.upperBound {
            if let mention = view.mention(startingAt: t), mention.last < region.upperBound {
                let next = mention.last + 1
                let standsAlone = next >= region.upperBound || tokens[next].kind == .punct || tokens[next].lower == "and"
                if !mention.possessive, !mention.compound, standsAlone, !actors.contains(mention.actor) { actors.append(mention.actor) }
                t = next
                continue
            }
            let token = tokens[t]
            // A verb of its own ("China is an ally of Russia, and members of NATO have called …"): two clauses, not one subject.
            if token.depth > 0 || (token.kind == .word && (L.speechVerbs.contains(token.lower) || D.auxiliaries.contains(token.lower)
                || (L.prepositions.contains(token.lower) && token.lower != "of"))) { return [] }
            t += 1
        }
        return actors.count >= 2 ? actors : []
    }

    /// "Andes Metals pushed back on Tuesday", "the ministry hit back", "the Pentagon fired back":
    /// a phrasal verb of denial.
    static func isPushBack(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        let firing = ["fire", "fires", "fired", "firing", "shot"].contains(tokens[t].lower)
        guard firing || ["push", "pushes", "pushed", "pushing", "hit", "hits", "hitting"].contains(tokens[t].lower),
              t + 1 < tokens.count, tokens[t + 1].lower == "back" else { return false }
        // "pushed back the deadline": a date moved, not a claim answered. "Troops fired back at
        // the attackers", "fired back with mortars": shooting, not answering.
        if firing, t + 2 < tokens.count, tokens[t + 2].kind == .word, ["at", "with", "on"].contains(tokens[t + 2].lower) { return false }
        // Over when it was said: "hit back hours later", "fired back quickly".
        var next = t + 2
        while next < tokens.count, next <= t + 4, tokens[next].kind == .word,
              ["hours", "days", "minutes", "later", "quickly", "swiftly", "immediately", "sharply"].contains(tokens[next].lower) { next += 1 }
        return next >= tokens.count || tokens[next].kind != .word
            || ["on", "against", "at", "over", "after", "by", "in", "with", "when", "saying", "and"].contains(tokens[next].lower)
    }

    /// "pleaded not guilty to fraud charges", "pleads innocent": the accused denies the charge in court.
    static func isNotGuiltyPlea(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard ["pleaded", "pleads", "plead", "pleading", "pled"].contains(tokens[t].lower), t + 1 < tokens.count else { return false }
        return tokens[t + 1].lower == "innocent" || (t + 2 < tokens.count && tokens[t + 1].lower == "not" && tokens[t + 2].lower == "guilty")
    }

    /// "The ministry put adherence at 42%", "police put the turnout at 20,000": an estimate of
    /// a number, a statement of its own; after another actor's figure it is a rival count.
    static func isFigureEstimate(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard ["put", "puts", "putting", "estimated", "estimates", "estimating"].contains(tokens[t].lower) else { return false }
        guard let at = (t + 1..<min(tokens.count, t + 6)).first(where: { tokens[$0].lower == "at" }), at > t + 1, at + 1 < tokens.count else { return false }
        // "put the figure at 55%", "at about 300", "at more than 1,000".
        let number = (at + 1..<min(tokens.count, at + 4)).first { isCountWord(tokens[$0]) }
        return number != nil && (t + 1..<at).allSatisfy { tokens[$0].kind == .word && tokens[$0].depth == 0 }
    }

    /// "questioned how well those controls work", "disputed these figures": the noun after a
    /// plural demonstrative names something said before.
    static func pointedStems(_ lowers: [String]) -> Set<String> {
        var stems: Set<String> = []
        for index in lowers.indices.dropLast() where ["those", "these"].contains(lowers[index]) {
            if let stem = D.stem(lowers[index + 1]) { stems.insert(stem) }
        }
        return stems
    }

    /// "said the true figure was above 3,000", "the army is hiding the real figure", "said the
    /// official figures understated the outbreak": a statement that another count is wrong. After
    /// another actor's count it is a rival count, like a figure put at a number of one's own.
    static func correctsCount(_ lowers: [String]) -> Bool {
        for (index, word) in lowers.enumerated() where D.countNouns.contains(word) {
            if index > 0, D.trueCountWords.contains(lowers[index - 1]) { return true }
            // The verb a few words either side, within the clause.
            let before = lowers[max(0, index - 6)..<index].reversed().prefix { ![",", ";", ".", ":"].contains($0) }
            let after = lowers[(index + 1)..<min(lowers.count, index + 7)].prefix { ![",", ";", ".", ":"].contains($0) }
            if before.contains(where: D.misstatementVerbs.contains) || after.contains(where: D.misstatementVerbs.contains) { return true }
        }
        return false
    }

    /// "cast doubt on the target", "raised questions about the count": a verb and its noun
    /// of doubt, whose subject questions what follows.
    static func isDoubtPhrase(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard ["cast", "casts", "casting", "raised", "raises", "raising"].contains(tokens[t].lower), t + 1 < tokens.count else { return false }
        return ["doubt", "doubts", "questions"].contains(tokens[t + 1].lower)
    }

    /// Verbs whose object is the accused and whose complement is the charge ("accused Moscow
    /// of disinformation"): words of falsehood in the charge are what is alleged, not a denial.
    static let accusingVerbs = D.words("""
        accuse accuses accused accusing blame blames blamed blaming allege alleges alleged alleging charged charging
        """)

    static let pronouns = L.personalPronouns.union(L.pluralPronouns).union(L.neuterPronouns).union(L.relativePronouns)

    /// "A and B traded blame", "exchanged accusations", "accused each other", "blame one
    /// another": two named sides of one quarrel, before the verb.
    static func reciprocalCue(in p: Int, range: Range<Int>, text: AttributionText) -> (cue: Int, first: String, second: String)? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        for t in range where tokens[t].kind == .word && tokens[t].depth == 0 && t + 2 < range.upperBound {
            let word = tokens[t].lower
            let next = tokens[t + 1].lower
            let mutual = (["traded", "trade", "trading", "exchanged", "exchange", "exchanging"].contains(word)
                && ["blame", "accusations", "charges", "allegations", "recriminations", "barbs"].contains(next))
                || (D.claimVerbs.contains(word) && ((next == "each" && tokens[t + 2].lower == "other") || (next == "one" && tokens[t + 2].lower == "another")))
            guard mutual, let second = view.mention(endingAt: t - 1), second.first >= 2, !second.possessive,
                  tokens[second.first - 1].lower == "and", let first = view.mention(endingAt: second.first - 2),
                  first.first >= range.lowerBound, !first.possessive, first.actor != second.actor else { continue }
            return (t, first.actor, second.actor)
        }
        return nil
    }

    /// "The party rejected the result, accusing the ruling party of buying votes": an accusation
    /// in a participle after the same actor's denial is a claim of its own, against the one it
    /// accuses, not more words of the denial.
    static func isAccusationBesideAnswer(_ position: StancePosition, after earlier: StancePosition, in p: Int, text: AttributionText) -> Bool {
        position.stance == .asserts && earlier.stance != .asserts && position.accused != nil
            && D.claimVerbs.contains(text.paragraphs[p].tokens[position.cue].lower) && isParticipleClause(p, position.cue, text: text)
    }

    /// "A Namibian court ruled …", "a Kenyan judge said …": a country's adjective before a word for
    /// a court describes that court, which wire copy names in the next paragraphs ("The High
    /// Court in Windhoek granted …"): the first court named after it there.
    static func describedCourt(of country: String, before t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        guard text.actors[country]?.kind == .country else { return nil }
        let view = text.paragraphs[p]
        guard let mention = view.mentions.first(where: { $0.actor == country && !$0.possessive && $0.first >= floor && $0.last + 1 < t }),
              view.tokens[mention.last + 1].kind == .word, ["court", "judge", "tribunal"].contains(view.tokens[mention.last + 1].lower) else { return nil }
        func isCourt(_ name: String) -> Bool {
            text.actors[name]?.kind == .organization && ["Court", "Tribunal"].contains(name.split(separator: " ").last.map(String.init) ?? "")
        }
        for q in p..<min(text.paragraphs.count, p + 3) {
            if let named = text.paragraphs[q].mentions.first(where: { (q > p || $0.first > mention.last) && isCourt($0.actor) }) { return named.actor }
        }
        return nil
    }

    /// ", accusing …", ", denying …": a participle of taking a side after a comma.
    static func isParticipleClause(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        let word = tokens[t].lower
        guard word.hasSuffix("ing"), t > 0, tokens[t - 1].kind == .punct, tokens[t - 1].lower == ",", tokens[t - 1].depth == 0 else { return false }
        return D.claimVerbs.contains(word) || D.denyVerbs.contains(word) || D.questionVerbs.contains(word)
    }

    /// "companies suspected of supporting the war": the suspicion is the main subject's.
    static func isReducedRelative(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard ["suspected", "accused", "alleged", "charged", "blamed"].contains(tokens[t].lower),
              t + 1 < tokens.count, tokens[t + 1].lower == "of" || tokens[t + 1].lower == "to" || tokens[t + 1].lower == "for",
              t > 0 else { return false }
        let previous = tokens[t - 1]
        guard previous.kind == .word, !previous.isCapitalized else { return false }
        return !D.auxiliaries.contains(previous.lower) && !L.betweenSubjectAndVerb.contains(previous.lower)
            && !pronouns.contains(previous.lower)
    }

    static func find(in p: Int, sentence s: Int, range: Range<Int>, text: AttributionText) -> [StancePosition] {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var cues: [(token: Int, actor: String)] = []
        let reciprocal = reciprocalCue(in: p, range: range, text: text)
        for t in range where isStanceCue(p, t, text: text) && t != reciprocal?.cue {
            if tokens[t].lower == "to", t > range.lowerBound, tokens[t - 1].lower == "according" { continue }
            if isChargedGerund(p, t, text: text) { continue }
            // "are not convinced" reads as a passive, but its subject holds the doubt.
            if isNotASayer(t, in: p, text: text), !isUnpersuaded(p, t, text: text) { continue }
            // "did not respond to a request for comment", "declined to comment": a silence, no side.
            if isNegatedCue(p, t, text: text), !isUnpersuaded(p, t, text: text), !isDisbelief(p, t, text: text) { continue }
            // "The report said the agency had warned the company that …": an act the clause reports.
            if let outer = cues.last, isBackshiftedReport(t, after: outer.token, in: p, text: text) { continue }
            var actor: String?
            if isUnpersuaded(p, t, text: text) {
                // "Some analysts are not convinced that …": the subject before the copula.
                actor = unpersuadedSubject(t, in: p, floor: range.lowerBound, text: text)
            } else if isParticipleClause(p, t, text: text) {
                // "Britain imposed sanctions …, accusing them of …": the participle's subject is the
                // clause's, or that of the verb of saying before it in the sentence.
                actor = cues.last?.actor ?? text.mainSubject(of: s, in: p, before: t)
            } else if isReducedRelative(p, t, text: text) {
                actor = text.mainSubject(of: s, in: p, before: t)
            } else if let subject = subjectNextTo(t, in: p, floor: range.lowerBound, text: text) {
                actor = subject
            } else if let last = cues.last, isCoordinated(t, after: last.token, in: p, text: text), tokens[t].lower != "according",
                      !text.isPassive(before: t, in: p), !text.isInverted(t, in: p) {
                // "X said … and warned …", "X said the walkout was illegal …, and put the number
                // at …": a second verb with no subject of its own shares the first one's, however
                // many names the first one's clause holds.
                actor = last.actor
            } else {
                // "The association questioned whether …": a body named before, referred to by its
                // kind, before the nearest speaker the attribution stage would guess.
                actor = trailingSpeaker(after: t, in: p, range: range, text: text)
                    ?? definiteSubject(before: t, in: p, floor: range.lowerBound, text: text) ?? text.speaker(ofCue: t, in: p)?.actor
            }
            // "Residents of the riverside district of Buzi disputed that": a group before its phrase.
            if actor == nil { actor = groupVoiceSubject(before: t, in: p, floor: range.lowerBound, text: text) }
            // "The ministry rejected that": a body named before, referred to by its kind.
            if actor == nil { actor = definiteSubject(before: t, in: p, floor: range.lowerBound, text: text) }
            // "A WTO panel ruled that …": a body's panel or audit speaks for the body.
            if actor == nil { actor = bodyUnitSubject(before: t, in: p, floor: range.lowerBound, text: text) }
            // "Officials reject the charge …": the officials of the text's only country (`BareOfficials`).
            if actor == nil { actor = bareOfficialsSubject(before: t, in: p, floor: range.lowerBound, text: text) }
            if actor == nil, cues.isEmpty { actor = documentAuthor(before: t, range: range, in: p, text: text) }
            // "Two co-accused, director A and officer B, also denied the charges".
            if actor == nil, cues.isEmpty { actor = coordinatedSubjects(before: t, range: range, in: p, text: text).first }
            // "the rebels accused the army of …, saying …": the accused is not the one saying it.
            if let speaker = actor, isAccused(speaker, before: t, in: p, range: range, text: text) {
                actor = cues.last { !isAccused($0.actor, before: t, in: p, range: range, text: text) }?.actor
            }
            // "X say the party rigged the vote, a charge it denies": the pronoun answers X's claim,
            // so it stands for the one the claim is about, not for X (nor for no one).
            if let pronoun = appositiveReplyPronoun(t, in: p, floor: range.lowerBound, text: text),
               let claim = actor.map({ speaker in cues.last { $0.actor == speaker } }) ?? cues.last {
                actor = replier(toClaimAt: claim.token, by: claim.actor, pronoun: pronoun, in: p, text: text)
            }
            // "A Namibian court on Wednesday ordered a halt …, ruling that …": the court, not its country.
            if let ruler = actor, let court = describedCourt(of: ruler, before: t, in: p, floor: range.lowerBound, text: text) { actor = court }
            // "Bosnia's Constitutional Court struck down the law": a country rules through its court.
            if let ruler = actor, text.actors[ruler]?.kind == .country, rulingStance(p, t, text: text) != nil { continue }
            if let actor { cues.append((t, actor)) }
        }
        var positions: [StancePosition] = []
        // "Kyrgyzstan and Tajikistan traded blame for the shootout": the first named asserts
        // the account, the second answers it.
        if let reciprocal {
            var first = position(actor: reciprocal.first, cue: reciprocal.cue, segment: range, paragraph: p, sentence: s, text: text)
            first.stance = .asserts
            first.isClaim = true
            first.mentioned.insert(reciprocal.second)
            var second = first
            second.actor = reciprocal.second
            second.stance = .denies
            second.isClaim = false
            second.mentioned = first.mentioned.subtracting([reciprocal.second]).union([reciprocal.first])
            second.namedClaimant = reciprocal.first
            positions += [first, second]
        }
        guard !cues.isEmpty || !positions.isEmpty else { return [] }

        for (index, cue) in cues.enumerated() {
            let start = index == 0 ? range.lowerBound : boundary(between: cues[index - 1].token, and: cue.token, in: p, text: text)
            let end = index + 1 < cues.count ? boundary(between: cue.token, and: cues[index + 1].token, in: p, text: text) : range.upperBound
            guard start < end else { continue }
            var found = position(actor: cue.actor, cue: cue.token, segment: start..<end, paragraph: p, sentence: s, text: text)
            if index > 0, cues[index - 1].actor != cue.actor, opensContrast(start, in: p, text: text) {
                found.contrasts = true
                found.contrastsWith = cues[index - 1].actor
            } else if index == 0, contrastsWithSentenceBefore(cue.token, range: range, in: p, text: text) || isRejoinder(cue.token, in: p, text: text) {
                found.contrasts = true
            }
            if index > 0 { assertsByRejectingDenial(&found, claimCue: cues[index - 1].token, among: positions) }
            if index > 0, let claim = positions.last(where: { $0.cue == cues[index - 1].token }) {
                answersAcrossSemicolon(&found, claim: claim, in: p, text: text)
            }
            positions.append(found)
            // "The unions disputed that figure": every union introduced before takes it.
            for other in pluralDescriptionPartners(before: cue.token, actor: cue.actor, in: p, floor: range.lowerBound, text: text) {
                var shared = found
                shared.actor = other
                shared.mentioned.remove(other)
                positions.append(shared)
            }
            // "A, and B, who are tried with him, also denied wrongdoing": each takes the position.
            if index == 0 {
                for other in coordinatedSubjects(before: cue.token, range: range, in: p, text: text) where other != cue.actor {
                    var shared = found
                    shared.actor = other
                    shared.mentioned.remove(other)
                    shared.mentioned.insert(cue.actor)
                    positions.append(shared)
                }
            }
        }
        // One position per actor per sentence, the opposing one first.
        var merged: [StancePosition] = []
        for position in positions {
            if let existing = merged.firstIndex(where: { $0.actor == position.actor }),
               !isAccusationBesideAnswer(position, after: merged[existing], in: p, text: text) {
                if merged[existing].stance == .asserts && position.stance != .asserts {
                    merged[existing].stance = position.stance
                    merged[existing].statement = position.statement
                }
                merged[existing].stems.formUnion(position.stems)
                merged[existing].mentioned.formUnion(position.mentioned)
                merged[existing].isClaim = merged[existing].isClaim || position.isClaim
                merged[existing].counts = merged[existing].counts || position.counts
                merged[existing].countClause = merged[existing].countClause ?? position.countClause
                merged[existing].causeEffect = merged[existing].causeEffect ?? position.causeEffect
                merged[existing].causeGiven = merged[existing].causeGiven ?? position.causeGiven
                merged[existing].namesCause = merged[existing].namesCause || position.namesCause
                // "said the walkout was illegal … and put the number of strikers at fewer than 2,000".
                merged[existing].estimates = merged[existing].estimates || position.estimates
                merged[existing].appeals = merged[existing].appeals || position.appeals
                merged[existing].pointed.formUnion(position.pointed)
                merged[existing].anaphora = max(merged[existing].anaphora, position.anaphora)
                merged[existing].namedClaimant = merged[existing].namedClaimant ?? position.namedClaimant
                merged[existing].accused = merged[existing].accused ?? position.accused
                merged[existing].pointedCount = merged[existing].pointedCount ?? position.pointedCount
                merged[existing].countOwner = merged[existing].countOwner ?? position.countOwner
            } else {
                merged.append(position)
            }
        }
        // The accusation in a self-justifying denial is a second, asserting side.
        for position in merged where position.stance == .denies && position.accusesToo {
            var accusation = position
            accusation.stance = .asserts
            accusation.accusesToo = false
            merged.append(accusation)
        }
        return merged
    }

    /// Verbs of speech that a clause reports as conduct ("said she urged the crowd to …").
    static let reportedConduct: Set<String> = ["urged", "ordered", "threatened", "incited"]

    /// "The report said the agency had warned the company in October that …", "she said police had
    /// accused him of theft": a verb in the past perfect inside the clause a verb of saying reports,
    /// with no clause break between them, is an earlier act told by that speaker — part of what the
    /// speaker says, not a new position (a denial so told, "said he had denied it", stays one).
    /// So is conduct told right after the verb of saying ("Police say she urged the crowd to …").
    static func isBackshiftedReport(_ t: Int, after outer: Int, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard L.speechVerbs.contains(tokens[outer].lower), tokens[outer].lower != "according", !L.isParticiple(tokens[outer].lower),
              !D.denyVerbs.contains(tokens[t].lower), !D.questionVerbs.contains(tokens[t].lower), t - outer <= 12 else { return false }
        var k = t - 1
        while k > outer, tokens[k].kind == .word, tokens[k].depth == 0, tokens[k].lower.hasSuffix("ly") || ["also", "already", "repeatedly", "previously"].contains(tokens[k].lower) { k -= 1 }
        // "Police say she urged the crowd to burn everything": conduct the clause reports, told
        // right after the verb of saying, is the reporter's claim, not the subject's own word.
        if reportedConduct.contains(tokens[t].lower), k > outer {
            var start = outer + 1
            if tokens[start].lower == "that" { start += 1 }
            let view = text.paragraphs[p]
            if (start == k && tokens[k].kind == .word && L.personalPronouns.union(["they"]).contains(tokens[k].lower))
                || view.mention(endingAt: k).map({ $0.first == start }) == true { return true }
        }
        guard k > outer, tokens[k].lower == "had" else { return false }
        // No clause break between the two verbs: the second stands inside the first one's clause.
        return !(outer + 1..<k).contains { index in
            let token = tokens[index]
            return token.depth > 0 || token.kind == .close || token.kind == .open
                || (token.kind == .punct && [";", ":", ","].contains(token.lower))
                || (token.kind == .word && ["but", "while", "whereas", "and"].contains(token.lower))
        }
    }

    /// Connectives that set a second clause against the first: "X said …, but Y said …".
    static let contrastives: Set<String> = ["but", "while", "whereas", "yet"]

    /// Does the clause starting at `start` open with a contrastive connective?
    static func opensContrast(_ start: Int, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        var k = start
        while k < tokens.count, tokens[k].kind == .punct, tokens[k].depth == 0 { k += 1 }
        return k < tokens.count && tokens[k].kind == .word && tokens[k].depth == 0 && contrastives.contains(tokens[k].lower)
    }

    /// A sentence whose reported clause is set against the one before it: it opens with "But"
    /// or "Yet", or its subject is followed by ", however," ("The ministry, however, said …").
    static func contrastsWithSentenceBefore(_ cue: Int, range: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard let first = range.first(where: { tokens[$0].kind == .word }), tokens[first].depth == 0 else { return false }
        if ["but", "yet", "however"].contains(tokens[first].lower), first < cue { return true }
        return (first..<cue).contains { tokens[$0].lower == "however" && tokens[$0].depth == 0 }
    }

    /// Verbs whose subject is not the one taking a position: the passive "was accused of"
    /// (its subject is the accused) and "the roll was maintained by the ministry" (not speech
    /// at all; only a verb of accusing, denying or doubting keeps its "by" agent), the medium in
    /// "he told reporters, quoted by RIA", and the naming in "a company called Corvid".
    static func isNotASayer(_ t: Int, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        let word = tokens[t].lower
        let next = t + 1 < tokens.count ? tokens[t + 1] : nil
        // "he told reporters, quoted by RIA": the medium; but "he was quoted by AVN as saying" is his.
        if ["quoted", "cited", "reported"].contains(word), next?.lower == "by", !text.isPassive(before: t, in: p) { return true }
        if word != "quoted", word != "cited", text.isPassive(before: t, in: p) {
            let stanceVerb = D.denyVerbs.contains(word) || D.questionVerbs.contains(word) || D.claimVerbs.contains(word)
            return !stanceVerb || text.agent(after: t, in: p) == nil
        }
        if ["called", "named"].contains(word), let next, next.kind == .word, next.isCapitalized, next.depth == 0,
           text.paragraphs[p].mention(endingAt: t - 1) == nil {
            // The noun phrase before it is indefinite: "a Dubai-based company called …".
            var k = t - 1
            // "a Hong Kong-registered company called …": a place's first word before its hyphenated end.
            func inCompound(_ k: Int) -> Bool { k + 1 < t && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized && tokens[k + 1].lower.contains("-") }
            while k >= 0, k >= t - 4, tokens[k].kind == .word, !tokens[k].isCapitalized || tokens[k].lower.contains("-") || inCompound(k) {
                if ["a", "an"].contains(tokens[k].lower) { return true }
                k -= 1
            }
        }
        return false
    }

    /// "claims the Kremlin has always rejected", "a charge Southland denied": a name right
    /// before a verb of denying or doubting (over auxiliaries and adverbs) is its subject.
    static func subjectNextTo(_ t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let answers = D.denyVerbs.contains(tokens[t].lower) || D.questionVerbs.contains(tokens[t].lower) || isDoubtPhrase(p, t, text: text)
            || isFigureEstimate(p, t, text: text) || isNotGuiltyPlea(p, t, text: text) || text.isFinding(p, t)
        let disbelief = isDisbelief(p, t, text: text)
        guard answers || disbelief else { return describedSubjectsAppositive(before: t, in: p, floor: floor, text: text) }
        var k = t - 1
        while k >= floor, k >= t - 4, tokens[k].kind == .word, tokens[k].depth == 0,
              D.auxiliaries.contains(tokens[k].lower) || (disbelief && ["not", "never"].contains(tokens[k].lower)) || ["always", "long", "also", "since", "consistently", "repeatedly", "previously", "flatly", "firmly", "strongly"].contains(tokens[k].lower)
                || (!tokens[k].isCapitalized && tokens[k].lower.hasSuffix("ly") && tokens[k].lower.count > 4) {
            k -= 1
        }
        // "the Patriotic Front, on Thursday rejected …": the day said between subject and verb.
        if k - 1 > floor, tokens[k].kind == .word, tokens[k].isCapitalized, DateLexicon.weekdays[tokens[k].lower] != nil, tokens[k - 1].lower == "on" {
            k -= 2
        }
        if k > floor, tokens[k].kind == .punct, tokens[k].lower == ",", tokens[k].depth == 0, let named = appositive(endingAt: k - 1, in: p, floor: floor, text: text) {
            return named
        }
        guard k >= floor, let mention = view.mention(endingAt: k), !mention.possessive else { return nil }
        return mention.actor
    }

    /// "Peru's ombudsman, the Defensoria del Pueblo, questioned …", "The tanker's manager, a
    /// Dubai-based company called Corvid, denied …": a name set off by commas after the noun
    /// phrase that opens the sentence restates the verb's subject. Nothing before it may be a
    /// clause of its own (a verb of saying, another comma).
    static func appositive(endingAt end: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        // "LUSAKA, Aug. 14 (Reuters) - Zambia's main opposition party, …": the dateline's commas
        // are not the apposition's.
        let floor = view.afterDatelineCredit(from: floor, before: end)
        guard let mention = view.mention(endingAt: view.beforeAbbreviation(end)), !mention.possessive, mention.first > floor + 1 else { return nil }
        var c = mention.first - 1
        while c > floor, tokens[c].kind == .word, tokens[c].depth == 0,
              !L.speechVerbs.contains(tokens[c].lower) || ["called", "named"].contains(tokens[c].lower) { c -= 1 }
        guard c > floor, tokens[c].kind == .punct, tokens[c].lower == ",", tokens[c].depth == 0 else { return nil }
        // "Ana Ruiz, an analyst at the think tank Civic Lens, questioned …": the name closes a
        // phrase after the apposition's own head noun; the name the apposition describes is the subject.
        if let named = nameDescribed(byAppositionFrom: c + 1, to: mention.first, in: p, floor: floor, text: text) { return named }
        // "France, which keeps a base in Djibouti, denied": a relative clause set off by commas
        // describes the name before it, which is the subject; the last name inside is not.
        if ["which", "who", "whose"].contains(tokens[c + 1].lower) {
            guard let subject = view.mention(endingAt: c - 1), !subject.possessive, subject.first >= floor else { return nil }
            return subject.actor
        }
        let opening = floor..<c
        guard opening.allSatisfy({ tokens[$0].depth == 0 && !(tokens[$0].kind == .punct && tokens[$0].lower == ",")
            && !(tokens[$0].kind == .word && L.speechVerbs.contains(tokens[$0].lower)) }) else { return nil }
        return mention.actor
    }

    /// Kinds of body a definite description names by its head ("the ministry", "the interior
    /// ministry", "the federation"): a noun that is also a word of the body's own name.
    static let bodyHeads: Set<String> = D.words("""
        ministry agency commission court union federation league association council party company army
        department office authority committee tribunal coalition directorate embassy institute service
        government military police movement alliance secretariat inspectorate bureau board foundation
        """)

    /// Words of an institution's description that say no portfolio ("the state agency").
    static let generalModifiers: Set<String> = ["state", "federal", "national", "presidential", "affairs", "economic", "external"]

    /// "The ministry rejected that", "the Taliban-run ministry denied this": a subject that is a
    /// definite description of a body with no name of its own stands for the last body named
    /// before it with that head in its name ("Health Ministry", "Ministry of Trade"), within the
    /// last ten paragraphs.
    static func definiteSubject(before t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let k = wordBeforeVerb(t, in: p, floor: floor, passing: ["also", "later", "swiftly", "quickly", "flatly", "firmly"], text: text)
        guard k > floor, tokens[k].kind == .word, tokens[k].depth == 0, !tokens[k].isCapitalized || k == floor,
              bodyHeads.contains(tokens[k].lower), view.mention(endingAt: k) == nil else { return nil }
        let head = tokens[k].lower
        // Up to two modifiers between "the" and the head, and "the" opens the subject.
        var j = k - 1
        while j >= floor, j >= k - 3, tokens[j].kind == .word, tokens[j].lower != "the", !L.determiners.contains(tokens[j].lower) { j -= 1 }
        guard j >= floor, tokens[j].lower == "the",
              j == floor || tokens[j - 1].kind == .punct || ["but", "and", "while", "yet"].contains(tokens[j - 1].lower) else { return nil }
        // "The homeland security ministry said" after "the health ministry": a portfolio in the
        // description must be in the body's name, or it is another body.
        let portfolios = (j + 1..<k).map { tokens[$0].lower }.filter {
            (Chunker.institutionModifiers.contains($0) || $0 == "homeland" || $0 == "security") && !generalModifiers.contains($0)
        }
        // The nearest such body within thirty paragraphs: a story names its union or ministry in
        // full once, then for twenty paragraphs as "the union's leader" or "the ministry" (the
        // bound keeps a long text's many "the board said" from each reading all that came before).
        for q in stride(from: p, through: max(0, p - 30), by: -1) {
            let paragraph = text.paragraphs[q]
            for mention in paragraph.mentions.reversed() where q < p || mention.last < j {
                guard mention.kind == .organization, !mention.possessive || q < p else { continue }
                let words = mention.actor.lowercased().split(separator: " ")
                if words.contains(where: { $0 == head }), portfolios.allSatisfy({ words.contains(Substring($0)) }) { return mention.actor }
            }
        }
        return nil
    }

    /// Is `actor` the object of a verb of accusing earlier in the sentence ("accused X of")?
    static func isAccused(_ actor: String, before t: Int, in p: Int, range: Range<Int>, text: AttributionText) -> Bool {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard tokens[t].lower.hasSuffix("ing"), t > range.lowerBound, tokens[t - 1].lower == "," else { return false }
        // A verb of accusing and its participle stand close together; looking further is wasted work.
        for verb in max(range.lowerBound, t - 40)..<t where ["accused", "accusing", "accuses", "blamed", "blaming", "blames"].contains(tokens[verb].lower) {
            var k = verb + 1
            if k < t, L.determiners.contains(tokens[k].lower) { k += 1 }
            if k < t, let object = view.mention(startingAt: k), object.actor == actor { return true }
        }
        return false
    }

    static func isCoordinated(_ t: Int, after previous: Int, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard t > previous + 1 else { return false }
        let before = tokens[t - 1]
        return before.kind == .word && ["and", "but"].contains(before.lower)
    }

    /// Where one cue's clause ends and the next one's begins: at the last clause break
    /// between them (";", ", and", ", but", "while"), or just before the second cue's subject.
    static func boundary(between first: Int, and second: Int, in p: Int, text: AttributionText) -> Int {
        let tokens = text.paragraphs[p].tokens
        var k = second - 1
        while k > first {
            let token = tokens[k]
            if token.depth == 0 {
                if token.kind == .punct, token.lower == ";" { return k + 1 }
                if token.kind == .word, ["but", "while", "whereas"].contains(token.lower) { return k }
                if token.kind == .punct, token.lower == ",", k + 1 < second,
                   ["and", "but", "while", "whereas", "which", "who"].contains(tokens[k + 1].lower) { return k + 1 }
            }
            k -= 1
        }
        // No break: the second verb's subject phrase starts the next clause.
        var j = second - 1
        while j > first, tokens[j].kind == .word, tokens[j].depth == 0, !L.phraseBreakers.contains(tokens[j].lower) || L.betweenSubjectAndVerb.contains(tokens[j].lower) {
            j -= 1
        }
        return max(first + 1, j + 1)
    }

    static func position(actor: String, cue: Int, segment: Range<Int>, paragraph p: Int, sentence s: Int, text: AttributionText) -> StancePosition {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let word = tokens[cue].lower

        // What the statement says: after the verb when something follows it, else what came before.
        var forwardStart = cue + 1
        if word == "according" { forwardStart = cue + 2 }
        // "struck down the ban": the particle is the verb's.
        if undoingParticles[word] != nil, rulingStance(p, cue, text: text) != nil { forwardStart = cue + 2 }
        let opening = forwardStart
        while forwardStart < segment.upperBound, text.isSkippable(forwardStart, in: p) {
            // "said 38 people had been buried": a number right after the verb opens the statement;
            // only a number further on, inside a date ("said on Sept. 5 that"), is passed over.
            if forwardStart == opening, tokens[forwardStart].kind == .word, tokens[forwardStart].lower.allSatisfy(\.isNumber) { break }
            forwardStart += 1
        }
        // "said, without offering evidence, that …": the reporter's note is not the statement.
        if let past = pastLeadingAside(from: forwardStart, segment: segment, tokens: tokens) { forwardStart = past }
        // "said in a statement that …": the medium is not the statement either. Whom the clause is
        // about is still read from before it, as it was (past it, "the report was full of
        // photographs" became the accused's answer).
        var beforeMedium: Int?
        if L.speechVerbs.contains(word), let past = pastMedium(from: forwardStart, segment: segment, tokens: tokens) {
            beforeMedium = forwardStart
            forwardStart = past
        }
        // "told reporters (that)", "told Russian news agencies", "told parliament": the addressee is not the statement.
        if ["told", "tell", "tells", "telling"].contains(word) {
            var k = forwardStart
            var steps = 0
            while k < segment.upperBound, steps < 5 {
                if let mention = view.mention(startingAt: k) { k = mention.last + 1; steps += 1; continue }
                let token = tokens[k]
                guard token.kind == .word, token.depth == 0 else { break }
                let determinesAddressee = L.determiners.contains(token.lower) && k + 1 < segment.upperBound
                    && (tokens[k + 1].isCapitalized || PositionFinder.addressees.contains(tokens[k + 1].lower))
                if token.isCapitalized || PositionFinder.addressees.contains(token.lower) || determinesAddressee {
                    k += 1
                    steps += 1
                } else {
                    break
                }
            }
            // "told reporters in Stockholm:", "told Reuters on Tuesday that": where and when the
            // addressee was told is not the statement either.
            while k > forwardStart, k + 1 < segment.upperBound, tokens[k].depth == 0, ["in", "at", "on"].contains(tokens[k].lower) {
                if let mention = view.mention(startingAt: k + 1) { k = mention.last + 1 }
                else if tokens[k + 1].isCapitalized, tokens[k + 1].kind == .word { k += 2 }
                else { break }
            }
            if k > forwardStart, k < segment.upperBound, tokens[k].kind == .punct, tokens[k].lower == ":" { k += 1 }
            if k < segment.upperBound, tokens[k].lower == "that" { k += 1 }
            else if let after = afterAddresseeThat(from: forwardStart, segment: segment, in: view) { k = after }
            if k > forwardStart, k < segment.upperBound { forwardStart = k }
        }
        let forwardWords = (forwardStart..<max(forwardStart, segment.upperBound)).filter { tokens[$0].kind == .word }.count
        // A direct quote just before the verb is what was said ("“…,” X told reporters when asked …").
        let quoteBefore = stride(from: cue - 1, through: max(segment.lowerBound, cue - 10), by: -1).lazy
            .compactMap { view.quoteClosingAt[$0] }.map { view.quotes[$0] }
            .first { ($0.closeToken ?? $0.lastInside) >= segment.lowerBound }
        let tail = cue > segment.lowerBound && tokens[cue - 1].kind == .punct && tokens[cue - 1].lower == ","
        // Punctuation ends the clause, but for the comma of "1,140", which is the number's.
        func breaksClause(_ k: Int) -> Bool { tokens[k].kind == .punct && tokens[k].depth == 0 && !view.isDigitGroupSeparator(k) }
        var statementRange: Range<Int>
        if PositionFinder.isReducedRelative(p, cue, text: text) {
            // "nearly 400 companies suspected of supporting the war": the phrase and its charge.
            var start = cue
            while start > segment.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].depth == 0,
                  !L.prepositions.contains(tokens[start - 1].lower), !L.speechVerbs.contains(tokens[start - 1].lower),
                  !L.determiners.contains(tokens[start - 1].lower) || start - 1 == segment.lowerBound { start -= 1 }
            var end = cue + 1
            while end < segment.upperBound, !breaksClause(end) { end += 1 }
            statementRange = start..<end
        } else if text.isPassive(before: cue, in: p) {
            // "Both claims have been denied by the Federal Government, which …": the clause itself.
            var end = cue + 1
            while end < segment.upperBound, !breaksClause(end) { end += 1 }
            var start = cue
            while start > segment.lowerBound, !breaksClause(start - 1) { start -= 1 }
            statementRange = start..<end
        } else if let quoteBefore {
            // Of a quote running over sentences, the part in this one.
            statementRange = max(quoteBefore.openToken, segment.lowerBound)..<((quoteBefore.closeToken ?? quoteBefore.lastInside) + 1)
        } else if forwardWords >= 4 && !(word == "according" && tail) || (forwardWords >= 2 && backwardWords(before: cue, segment: segment, in: p, text: text) < 3) {
            statementRange = forwardStart..<segment.upperBound
            // "according to a fact sheet, X": the claim follows the source's phrase.
            if word == "according", let comma = statementRange.first(where: { tokens[$0].kind == .punct && tokens[$0].lower == "," && tokens[$0].depth == 0 }),
               statementRange.upperBound - comma > 4 {
                statementRange = (comma + 1)..<statementRange.upperBound
            }
        } else {
            var end = cue
            var k = cue - 1
            while k >= segment.lowerBound {
                let token = tokens[k]
                if token.kind == .close || (token.lower == "," && breaksClause(k)) { end = k; break }
                k -= 1
            }
            if k < segment.lowerBound { end = cue }
            if tokens.indices.contains(end), tokens[end].kind == .close { end += 1 }
            statementRange = segment.lowerBound..<max(segment.lowerBound, end)
        }
        var statement = cleanStatement(view, statementRange)
        // "The union did not believe him.": the sentence is all the side says.
        if isDisbelief(p, cue, text: text), statementRange.upperBound <= cue { statement = cleanStatement(view, segment) }

        // Subject matter and the actors named.
        var stems = Set<String>()
        var mentioned = Set<String>()
        var t = segment.lowerBound
        while t < segment.upperBound {
            if let mention = (view.mentionsStartingAt[t] ?? []).map({ view.mentions[$0] }).max(by: { ($0.last - $0.first) < ($1.last - $1.first) }) {
                if mention.actor != actor { mentioned.insert(mention.actor) }
                t = max(t + 1, mention.last + 1)
                continue
            }
            let token = tokens[t]
            if token.kind == .word, t != cue, !L.speechVerbs.contains(token.lower) || isSubjectMatter(p, t, text: text), let stem = D.stem(token.lower) {
                stems.insert(stem)
            }
            t += 1
        }

        let lowers = segment.map { tokens[$0].kind == .word || tokens[$0].kind == .punct ? tokens[$0].lower : "\"" }
        // Each read at most once, when first asked: both scan the whole statement.
        lazy var doubts = containsDoubt(lowers)
        lazy var denies = containsDenial(lowers)
        var stance: Stance = .asserts
        var accusesToo = false
        let disbelief = isDisbelief(p, cue, text: text)
        if D.denyVerbs.contains(word) || word == "dispute" || disbelief || isPushBack(p, cue, text: text) || isNotGuiltyPlea(p, cue, text: text)
            || (accusingVerbs.contains(word) && accusesOfInventing(lowers, after: cue - segment.lowerBound))
            || rulingStance(p, cue, text: text) == .denies || isRivalAccount(p, cue, text: text) {
            stance = .denies
        } else if D.questionVerbs.contains(word) || isUnpersuaded(p, cue, text: text) || keepsCauseOpen(lowers) || (notSeenEvidence(lowers) && !denies && text.actors[actor]?.kind != .media)
                    || (text.actors[actor]?.kind != .media && !accusingVerbs.contains(word) && hedgesDenial(lowers, denies: denies)) {
            stance = .questions
        } else if accusingVerbs.contains(word) && !text.isPassive(before: cue, in: p) {
            stance = .asserts
        } else if denies || deniesItself(actor: actor, from: forwardStart, segment: segment, in: p, text: text)
                    || (statementRange.lowerBound != forwardStart && deniesItself(actor: actor, from: statementRange.lowerBound, segment: segment, in: p, text: text))
                    || (L.speechVerbs.contains(word) && statementRange.lowerBound == forwardStart
                        && negatesReportedClause(from: forwardStart, segment: segment, in: p, text: text))
                    || (L.speechVerbs.contains(word) && statementRange.lowerBound == forwardStart
                        && laterClauseDenies(actor: actor, from: forwardStart, segment: segment, in: p, text: text))
                    || (L.speechVerbs.contains(word) && statementRange.lowerBound == forwardStart
                        && laterClauseNegated(actor: actor, from: forwardStart, segment: segment, in: p, text: text))
                    || (L.speechVerbs.contains(word) && statementRange.lowerBound == forwardStart
                        && coordinatedPredicateNegated(actor: actor, from: forwardStart, segment: segment, in: p, text: text))
                    || condemnsMeasure(word, lowers: lowers, after: cue - segment.lowerBound)
                    || deniesInSecondClause(actor: actor, statement: statementRange, segment: segment, in: p, text: text) {
            stance = .denies
        } else if justifiesItself(actor: actor, segment: segment, in: p, text: text) {
            stance = .denies
            // "a deliberate attempt to intimidate a crew doing lawful work": it accuses the
            // other side too, so the sentence also asserts (one sentence, two sides).
            accusesToo = segment.contains { D.accusationWords.contains(tokens[$0].lower) }
        } else if (doubts || notSeenEvidence(lowers)) && text.actors[actor]?.kind != .media {
            stance = .questions
        }

        // "…, a figure the ministry called “exaggerated.”": one word judges the claim before.
        let gappedStance = gappedVerdict(cue: cue, sentence: s, in: p, text: text)
        if let gappedStance { stance = gappedStance }
        // "…, claims the Kremlin has always rejected", "…, a charge the company denied": the
        // verb's object is the claim noun before its subject, so what is denied is the clause
        // before that noun, not the (empty) rest of the sentence.
        let gapClause = stance != .asserts && (forwardWords == 0 || gappedStance != nil) ? answeredClause(before: cue, sentence: s, in: p, text: text) : nil
        if let gapClause { statement = gapClause }
        var anaphora = gapClause == nil ? 0 : 1
        var claimant: String?
        var claim: String?
        if stance != .asserts {
            let pointers: Set<String> = ["the", "these", "those", "such", "this", "that", "their", "its", "his", "her", "a", "an"]
            for (offset, lower) in lowers.enumerated() where D.answeredNouns.contains(lower) || pointsAtStatement(lowers, at: offset) {
                let previous = offset > 0 ? lowers[offset - 1] : ""
                // One modifier may stand between: "the rebel claims", "these baseless accusations".
                let beforeModifier = offset > 1 && tokens[segment.lowerBound + offset - 1].kind == .word
                    && !tokens[segment.lowerBound + offset - 1].isCapitalized ? lowers[offset - 2] : ""
                if previous == "both" && D.claimNouns.contains(lower) {
                    anaphora = max(anaphora, 2)
                } else if pointers.contains(previous) || pointers.contains(beforeModifier) || (previous == "," && D.claimNouns.contains(lower)) {
                    // "the allegations", "the protest", and "…, a charge India rejected".
                    anaphora = max(anaphora, 1)
                }
                // "dismissed the union's statement" names its claimant as "the union's claims" does (`StatementPointers`).
                guard D.claimNouns.contains(lower) || statementWords.contains(lower) else { continue }
                // "rejected Canada's allegations", "dismissed claims by Canada", "rejected European Union accusations".
                let index = segment.lowerBound + offset
                var back = index - 1
                while back >= segment.lowerBound, tokens[back].kind == .word, !L.phraseBreakers.contains(tokens[back].lower), view.mention(endingAt: back) == nil { back -= 1 }
                if back >= segment.lowerBound, let owner = view.mention(endingAt: back), owner.possessive || back == index - 1, owner.actor != actor {
                    claimant = owner.actor
                    claim = claimClause(after: index, segment: segment, in: p, text: text)
                } else if index + 1 < segment.upperBound, ["by", "from"].contains(tokens[index + 1].lower),
                          let named = headActor(after: index + 1, in: p, text: text), named != actor {
                    claimant = named
                    claim = claimClause(after: index, segment: segment, in: p, text: text)
                }
                // "dismissed allegations of fraud": claims made before, whoever made them.
                if anaphora == 0, offset > 0, D.denyVerbs.contains(lowers[offset - 1]) || D.questionVerbs.contains(lowers[offset - 1]) {
                    anaphora = 1
                }
            }
            // "did not believe her", "did not believe the company": a word said before (`Disbelief`).
            if disbelief {
                anaphora = max(anaphora, 1)
                if claimant == nil { claimant = disbelieved(p, cue, actor: actor, text: text) }
            }
            // "overturned a fine the food service had imposed", "rejected an appeal by X": X holds the other side.
            if claimant == nil { claimant = rulingCounterpart(cue: cue, actor: actor, segment: segment, in: p, text: text) }
            // "pleaded not guilty", "denied wrongdoing", "denies all charges": the charges were
            // brought before, by whoever accuses; the denial answers them.
            if anaphora == 0, isNotGuiltyPlea(p, cue, text: text) || deniesCharges(after: cue, segment: segment, tokens: tokens) { anaphora = 1 }
            // "rejected it"; but in "said it had no authority" the pronoun is the clause's subject.
            if anaphora == 0, !L.speechVerbs.contains(word) || D.denyVerbs.contains(word) || D.questionVerbs.contains(word),
               ["this", "it", "them", "that"].contains(cue + 1 < tokens.count ? tokens[cue + 1].lower : "") { anaphora = 1 }
            // "no such meeting had been confirmed", "denies any such campaign": "such" points back
            // to something said before.
            if anaphora == 0,
               let such = lowers.indices.dropLast().first(where: { lowers[$0] == "such" && ["no", "any"].contains($0 > 0 ? lowers[$0 - 1] : "") }),
               lowers[such + 1].first?.isLetter ?? false { anaphora = 1 }
            // "called the statement “shameful”", "called the report “biased”": the statement was made before.
            if anaphora == 0, lowers.indices.contains(where: {
                condemnsStatement(lowers, at: $0) || condemnsStatement(lowers, at: $0, judging: D.discreditWords)
            }) || describedAsDiscredited(lowers) { anaphora = 1 }
            // "“We reject them,” the ministry said".
            for (offset, lower) in lowers.enumerated() where anaphora == 0 && D.denyVerbs.contains(lower) && offset + 1 < lowers.count {
                if ["this", "it", "them", "these", "those", "such"].contains(lowers[offset + 1]) { anaphora = 1 }
            }
        }
        let isClaim = D.claimVerbs.contains(word) || ["called", "calling", "described", "describing", "termed", "branded", "labelled", "labeled", "dubbed"].contains(word)

        var found = StancePosition(actor: actor, stance: stance, paragraph: p, sentence: s, ref: view.sentences[s].ref, cue: cue,
                        cueWord: word, statement: statement, stems: stems, mentioned: mentioned, isClaim: isClaim,
                        anaphora: anaphora, namedClaimant: claimant, namedClaim: claim, accusesToo: accusesToo)
        found.answersGappedClaim = gapClause != nil
        found.answersByVerb = D.denyVerbs.contains(word) || word == "dispute" || disbelief || D.questionVerbs.contains(word) || isPushBack(p, cue, text: text) || isNotGuiltyPlea(p, cue, text: text)
        // "inspected in May": the month is no modal.
        found.hedged = segment.contains { k in
            ["may", "might", "could"].contains(tokens[k].lower) && tokens[k].kind == .word
                && !(tokens[k].lower == "may" && tokens[k].isCapitalized && k > view.sentenceTokens[s].lowerBound)
        } || doubts
        found.estimates = isFigureEstimate(p, cue, text: text) || correctsCount(lowers)
        found.pointed = pointedStems(lowers)
        found.pointsAtArgument = stance != .asserts && DisputeFinder.pointsAtArgument(lowers)
        found.hidesCount = stance == .denies && lowers.indices.contains { hidesRealCount(lowers, at: $0) }
        if stance != .asserts, let index = pointedCountIndex(lowers) {
            found.pointedCount = lowers[index]
            if index > 0, let owner = view.mention(endingAt: segment.lowerBound + index - 1), owner.actor != actor { found.countOwner = owner.actor }
        }
        found.appeals = stance == .denies && lowers.indices.contains { fightsDecision(lowers, at: $0) }
        if accusingVerbs.contains(word) || D.condemnVerbs.contains(word), !text.isPassive(before: cue, in: p) {
            found.accused = accusedActor(after: cue, segment: segment, mentioned: mentioned, in: p, text: text)
        } else if stance == .asserts, L.speechVerbs.contains(word), word != "according", statementRange.lowerBound == forwardStart {
            found.about = clauseSubject(from: beforeMedium ?? forwardStart, speaker: actor, segment: segment, in: p, text: text)
        } else if stance == .asserts, L.findingVerbs.contains(word), statementRange.lowerBound == forwardStart {
            found.foundAbout = clauseSubject(from: beforeMedium ?? forwardStart, speaker: actor, segment: segment, in: p, text: text)
        }
        found.counts = segment.contains { isCountWord(tokens[$0]) }
        let statementLowers = statementRange.map { tokens[$0].lower }
        if let claim = causeClaim(statementLowers, cueWord: word) {
            found.causeEffect = claim.effect
            found.causeGiven = claim.cause
        }
        found.namesCause = namesCause(statementLowers)
        if stance == .asserts, L.speechVerbs.contains(word), word != "according", statementRange.lowerBound == forwardStart {
            // From the verb, since "said only 200 …" skips the count; "told reporters" from past its addressee.
            let countStart = ["told", "tell", "tells", "telling"].contains(word) ? forwardStart : cue + 1
            found.countClause = countClause(from: countStart, segment: segment, in: p, text: text)
        } else if stance == .asserts, word == "according", statementRange.lowerBound > cue {
            // "According to the union, only two such meetings took place": the clause after the source.
            found.countClause = countClause(from: statementRange.lowerBound, segment: segment, in: p, text: text)
        }
        if let quoteBefore, quoteBefore.openToken < segment.lowerBound, tokens[quoteBefore.openToken].sentence < s {
            found.quoteOpenedIn = tokens[quoteBefore.openToken].sentence
        }
        return found
    }

    /// "denied wrongdoing", "denies all charges", "denied any involvement": a verb of denial
    /// whose object is the charge itself, not a claim quoted or named.
    static func deniesCharges(after cue: Int, segment: Range<Int>, tokens: [ParagraphView.Token]) -> Bool {
        guard D.denyVerbs.contains(tokens[cue].lower) else { return false }
        var k = cue + 1
        if k < segment.upperBound, ["any", "all", "the"].contains(tokens[k].lower) { k += 1 }
        return k < segment.upperBound && D.chargeNouns.contains(tokens[k].lower)
    }

    /// The clause a relative "…, claims the Kremlin has always rejected" answers: the
    /// sentence up to the comma before the claim noun that heads the relative.
    static func answeredClause(before cue: Int, sentence s: Int, in p: Int, text: AttributionText) -> String? {
        gappedClaim(before: cue, sentence: s, in: p, text: text)?.statement
    }

    /// The claim noun that opens the relative clause of the verb at `cue` (", an allegation the
    /// party called …") and the clause before it, which is what the noun stands for.
    static func gappedClaim(before cue: Int, sentence s: Int, in p: Int, text: AttributionText) -> (noun: String, statement: String)? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let start = view.sentenceTokens[s].lowerBound
        guard let comma = stride(from: cue - 1, to: start, by: -1).first(where: {
            tokens[$0].kind == .punct && tokens[$0].depth == 0 && tokens[$0].lower == ","
        }) else { return nil }
        // The noun opens the relative: "claims", "an accusation", "a view", "a charge".
        let opener = (comma + 1..<min(cue, comma + 4)).filter { tokens[$0].kind == .word }
        guard let noun = opener.first(where: { D.answeredNouns.contains(tokens[$0].lower) || tokens[$0].lower == "view" }),
              opener.prefix(while: { $0 < noun }).allSatisfy({ L.determiners.contains(tokens[$0].lower) }) else { return nil }
        let statement = cleanStatement(view, start..<comma)
        return statement.isEmpty ? nil : (tokens[noun].lower, statement)
    }

    /// Words before a cue that are not its subject's phrase (names, titles, time words).
    static func backwardWords(before cue: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Int {
        let view = text.paragraphs[p]
        var count = 0
        var t = segment.lowerBound
        while t < cue {
            if let mention = view.mention(startingAt: t) { t = mention.last + 1; continue }
            let token = view.tokens[t]
            if token.kind == .word, !text.isSkippable(t, in: p), !L.determiners.contains(token.lower),
               !L.personNouns.contains(token.lower), !L.organizationNouns.contains(token.lower), token.depth > 0 || !token.isCapitalized {
                count += 1
            }
            t += 1
        }
        return count
    }

    /// "allegations [by X] that its agents were involved, …": the "that" clause after a claim noun.
    static func claimClause(after noun: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> String? {
        let tokens = text.paragraphs[p].tokens
        var k = noun + 1
        while k < segment.upperBound, k <= noun + 8, tokens[k].lower != "that" {
            if tokens[k].kind == .punct && tokens[k].depth == 0 { return nil }
            k += 1
        }
        guard k < segment.upperBound, tokens[k].lower == "that" else { return nil }
        var end = k + 1
        while end < segment.upperBound, !(tokens[end].kind == .punct && tokens[end].depth == 0 && tokens[end].lower != "'")
                || text.paragraphs[p].isDigitGroupSeparator(end) { end += 1 }
        // "… that its agents were behind the attack as “absurd”": the verdict is the denier's.
        if let verdict = (k + 1..<end).first(where: { tokens[$0].lower == "as" && $0 > k + 3 }) { end = verdict }
        let statement = cleanStatement(text.paragraphs[p], (k + 1)..<end)
        return statement.isEmpty ? nil : statement
    }

    /// The actor heading the noun phrase after a token: "by Canada", "by the Kremlin's
    /// spokesman" — not "by national Nigerian observers", where the name only modifies.
    static func headActor(after t: Int, in p: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        var k = t + 1
        while k < view.tokens.count, k <= t + 4, view.mention(startingAt: k) == nil {
            guard view.tokens[k].kind == .word, L.determiners.contains(view.tokens[k].lower) || !view.tokens[k].isCapitalized else { return nil }
            k += 1
        }
        guard k < view.tokens.count, let mention = view.mention(startingAt: k) else { return nil }
        let head = text.chainHead(from: mention, in: p)
        let next = head.last + 1
        if next < view.tokens.count, view.tokens[next].kind == .word, !L.phraseBreakers.contains(view.tokens[next].lower),
           !head.possessive { return nil }
        return head.possessive ? nil : head.actor
    }

    /// "no evidence", "without providing any proof", "baseless", "firmly opposed",
    /// "we reject", "it vehemently denies".
    static func containsDenial(_ lowers: [String]) -> Bool {
        if deniesInIdiom(lowers) { return true }
        for (index, word) in lowers.enumerated() {
            // Every check below starts from the word at `index`: one look-up passes over the rest.
            guard denialOpeners.contains(word) else { continue }
            if D.denyWords.contains(word), !answersOthersDenial(lowers, at: index) { return true }
            if D.denyVerbs.contains(word), index > 0 {
                let before = lowers[max(0, index - 2)..<index]
                if before.contains(where: { ["we", "i", "it", "they", "firmly", "strongly", "categorically", "vehemently", "flatly", "totally", "completely", "resolutely"].contains($0) }) {
                    return true
                }
            }
            if D.lackWords.contains(word), !opensReporterAside(lowers, at: index) {
                for next in lowers[(index + 1)..<min(lowers.count, index + 5)] where D.evidenceWords.contains(next) { return true }
            }
            if word == "not", index + 1 < lowers.count, ["true", "correct", "accurate"].contains(lowers[index + 1]) { return true }
            // "the minister was lying", "they have lied to the public": the other side's account
            // called a lie. Only after an auxiliary: "lying off the coast" places a thing.
            if ["lying", "lied"].contains(word), index > 0, ["is", "was", "are", "were", "been", "has", "have", "had"].contains(lowers[index - 1]) { return true }
            // "staffing played no role", "its forces had played no part in the incident".
            if word == "no", index > 0, index + 1 < lowers.count, ["played", "play", "plays", "playing"].contains(lowers[index - 1]),
               ["role", "part"].contains(lowers[index + 1]) { return true }
            // "had done nothing wrong", "there was nothing improper": conduct said to be blameless.
            if word == "nothing", index + 1 < lowers.count, ["wrong", "improper", "illegal", "unlawful"].contains(lowers[index + 1]) { return true }
            if fightsDecision(lowers, at: index) || condemnsStatement(lowers, at: index) { return true }
            if judgesClaimFalse(lowers, at: index) || callsClaimACampaign(lowers, at: index) { return true }
            // "started over a private quarrel, not the strike", "fewer tested, not fewer dying": a
            // correction set off by a comma denies what it names.
            if word == "not", index > 1, lowers[index - 1] == ",", index + 1 < lowers.count,
               lowers[index + 1].first?.isLetter ?? false, !negatesExcuse(lowers, after: index),
               !["only", "just", "least", "yet", "even", "to", "because", "always", "necessarily", "all", "enough", "so", "that", "as"].contains(lowers[index + 1]) {
                return true
            }
            // "was refused because the form was late, not because of the fee": a cause set against
            // another (`SetAsideCauses`).
            if setsCauseAside(lowers, at: index) { return true }
            // "found no EU funds involved", "saw no sign of it": a finding of absence.
            if ["found", "find", "finds", "saw", "see", "sees", "detected", "identified"].contains(word),
               index + 1 < lowers.count, lowers[index + 1] == "no" { return true }
            // "no such meeting had been agreed", "there is no such plan": what was said does not exist.
            if word == "no", index + 1 < lowers.count, lowers[index + 1] == "such" { return true }
            // "not based on valid data", "not supported by the facts": a claim without ground.
            if word == "not", index + 2 < lowers.count, ["based", "supported", "backed", "borne"].contains(lowers[index + 1]),
               ["on", "by", "out"].contains(lowers[index + 2]) { return true }
            // "“Nobody was abducted,” he said", "No one was hurt": a statement that opens with a
            // negative quantifier says none at all.
            if ["nobody", "none"].contains(word) || (word == "no" && index + 1 < lowers.count && lowers[index + 1] == "one"),
               lowers[..<index].allSatisfy({ !($0.first?.isLetter ?? false) }) { return true }
            // "“No private contract has been signed,” she said": a negated subject (`NegativeSubjects`).
            if opensWithNegativeSubject(lowers, at: index) { return true }
            // "Not one cubic metre has gone …", "Not a single soldier crossed": a statement that opens
            // by saying none at all.
            if word == "not", lowers[..<index].allSatisfy({ !($0.first?.isLetter ?? false) }), index + 1 < lowers.count,
               lowers[index + 1] == "one" || (lowers[index + 1] == "a" && index + 2 < lowers.count && lowers[index + 2] == "single") { return true }
            // "Not one piece of evidence", "not a shred of proof": none at all.
            if word == "not", index + 1 < lowers.count, ["one", "a", "single"].contains(lowers[index + 1]),
               lowers[(index + 2)..<min(lowers.count, index + 6)].contains(where: D.evidenceWords.contains) { return true }
            // "There was no manipulation", "there has been no offensive": what is said to have
            // happened did not (of the present, "there is no risk", nothing is denied).
            if word == "there", index + 2 < lowers.count,
               ["was", "were"].contains(lowers[index + 1]) && lowers[index + 2] == "no"
                || index + 3 < lowers.count && ["has", "have", "had"].contains(lowers[index + 1]) && lowers[index + 2] == "been" && lowers[index + 3] == "no" {
                return true
            }
            // "no massacre had taken place", "no attack happened".
            if word == "no", lowers[(index + 1)..<min(lowers.count, index + 5)].contains(where: { ["happened", "occurred"].contains($0) })
                || word == "no" && lowers[(index + 1)..<min(lowers.count, index + 6)].contains("place")
                && lowers[(index + 1)..<min(lowers.count, index + 6)].contains(where: { ["took", "taken", "take"].contains($0) }) { return true }
            // "we will not accept the result", "refused to recognise it".
            if D.acceptVerbs.contains(word), lowers[max(0, index - 3)..<index].contains(where: {
                D.negations.contains($0) || $0.hasSuffix("n't") || $0 == "cannot" || $0.hasPrefix("refus")
            }) { return true }
        }
        // "the sanctions were illegal": a verdict on a measure or a claim.
        return containsVerdict(lowers) && lowers.contains(where: D.measureNouns.contains)
    }

    /// The words a check of `containsDenial` can start from; any other word is passed over.
    static let denialOpeners: Set<String> = D.denyWords.union(D.denyVerbs).union(D.lackWords).union(D.namingVerbs)
        .union(D.answeredNouns).union(D.acceptVerbs)
        .union(["not", "no", "nothing", "nobody", "none", "there", "challenge", "contest", "appeal", "lying", "lied",
                "found", "find", "finds", "saw", "see", "sees", "detected", "identified"])

    /// The words a check in the loop of `containsDoubt` can start from.
    static let doubtOpeners: Set<String> = D.questionWords.union(D.namingVerbs).union(D.verifyVerbs)
        .union(["convinced", "cast", "casts", "casting", "raised", "raises", "raising", "see", "clear", "certain", "proven"])

    /// "remained “far from convinced”", "far from clear": not persuaded, said without a "not".
    /// "needed to see evidence before blaming anyone", "wants to see proof": the claim still
    /// waits for its proof.
    static func awaitsProof(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        if ["convinced", "clear", "certain", "proven"].contains(word), index >= 2, lowers[index - 2] == "far", lowers[index - 1] == "from" { return true }
        guard word == "see", index >= 2, lowers[index - 1] == "to",
              ["need", "needs", "needed", "want", "wants", "wanted", "demand", "demands", "demanded"].contains(lowers[index - 2]) else { return false }
        return lowers[(index + 1)..<min(lowers.count, index + 4)].contains { ["evidence", "proof"].contains($0) }
    }

    /// "said it would challenge the ruling", "plans to appeal against the detention", "was likely
    /// to appeal.": a measure or a finding that will be fought is rejected.
    static func fightsDecision(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        guard ["challenge", "contest", "appeal"].contains(word), index > 0 else { return false }
        guard ["would", "will", "to", "'ll"].contains(lowers[index - 1])
            || index > 1 && ["would", "will", "to"].contains(lowers[index - 2]) && lowers[index - 1].hasSuffix("ly") else { return false }
        // "appeal to voters", "appeal for calm" ask, not fight; with no object it fights what was just decided.
        return word != "appeal" || index + 1 == lowers.count || [".", ",", ";", "against", "the", "it", "this", "that"].contains(lowers[index + 1])
    }

    /// Modals and negations between a claim noun and its copula ("could not be right").
    static let verbGroupModals: Set<String> = ["could", "can", "cannot", "may", "might", "would", "will", "not", "never"]

    /// "called the statement “shameful”", "called the UN statement “irresponsible”": naming what
    /// another actor said with a word of condemnation rejects it (a verdict on conduct, "called
    /// the attack shameful", accuses, and is left alone).
    /// With `discreditWords` ("called the report “biased”") it doubts rather than rejects.
    /// "that figure was simply wrong", "the allegations are inaccurate", "such claims were
    /// misleading": a thing said, pointed to by a determiner, with a predicate of falsity after
    /// its copula. The noun stands before the verb, so "something went wrong" says nothing.
    static func judgesClaimFalse(_ lowers: [String], at index: Int) -> Bool {
        guard D.answeredNouns.contains(lowers[index]), index > 0 else { return false }
        // A determiner, or an owner's possessive ("the company's figure").
        let before = lowers[max(0, index - 3)..<index]
        let determiner = lowers[max(0, index - 2)..<index].contains { ["the", "that", "this", "these", "those", "such", "its", "their", "his", "her"].contains($0) }
            || (before.contains { $0.hasSuffix("'s") || $0.hasSuffix("’s") || $0 == "s" })
        guard determiner else { return false }
        // The verb group: a copula, after a modal and "not" ("could not be right").
        var c = index + 1
        let modals = verbGroupModals
        // "The figures going around are simply wrong": a participle's short phrase after the noun.
        if c < lowers.count, lowers[c].count > 4, lowers[c].hasSuffix("ing") || lowers[c].hasSuffix("ed"),
           let verb = (c + 1..<min(lowers.count, c + 4)).first(where: { DisputeFinder.copulas.contains(lowers[$0]) || modals.contains(lowers[$0]) }) {
            c = verb
        }
        var negated = false
        let first = c
        while c < lowers.count, c <= first + 2, modals.contains(lowers[c]) {
            if ["not", "never", "cannot"].contains(lowers[c]) { negated = true }
            c += 1
        }
        guard let copula = (c..<min(lowers.count, c + 2)).first(where: { DisputeFinder.copulas.contains(lowers[$0]) }) else { return false }
        // Over degree adverbs and an opening quote mark: "was “simply wrong”".
        var k = copula + 1
        while k < lowers.count, k <= copula + 3, lowers[k] == "\"" || lowers[k].hasSuffix("ly") || ["all", "just", "plain", "very"].contains(lowers[k]) { k += 1 }
        guard k < lowers.count else { return false }
        // "could not be right", "is not accurate": a truth predicate denied.
        let word = lowers[k] == "not" && k + 1 < lowers.count ? lowers[k + 1] : lowers[k]
        if negated || lowers[k] == "not", D.truthWords.contains(word) { return true }
        return !negated && (D.falsityWords.contains(lowers[k]) || D.denyWords.contains(lowers[k]) || callsFullOfErrors(lowers, at: k))
    }

    static func condemnsStatement(_ lowers: [String], at index: Int, judging words: Set<String> = D.condemnationWords) -> Bool {
        guard D.namingVerbs.contains(lowers[index]), index + 2 < lowers.count,
              ["the", "this", "that", "these", "those", "its", "his", "her", "their"].contains(lowers[index + 1]),
              let noun = (index + 2..<min(lowers.count, index + 5)).first(where: { D.statementNouns.contains(lowers[$0]) }) else { return false }
        return lowers[(noun + 1)..<min(lowers.count, noun + 5)].contains(where: words.contains)
    }

    /// "a figure the ministry described as “outdated.”": all its speaker says is one word that
    /// doubts what was said before (a longer statement, "described as outdated the grid that …", says more).
    static func describedAsDiscredited(_ lowers: [String]) -> Bool {
        guard let at = lowers.lastIndex(of: "as"), at > 0,
              ["described", "describes", "characterised", "characterized", "labelled", "labeled", "branded"].contains(lowers[at - 1]) else { return false }
        let words = lowers[(at + 1)...].filter { $0.first?.isLetter ?? false }
        return words.count == 1 && D.discreditWords.contains(words[0])
    }

    /// "denounced the sanctions", "condemned them as economic terrorism": condemning a measure opposes it.
    static func condemnsMeasure(_ verb: String, lowers: [String], after cue: Int) -> Bool {
        // "called the measures an attack on its sovereignty", "branded the ban a mistake": naming
        // a measure taken right after the verb judges it ("called the results a fraud" accuses).
        if D.namingVerbs.contains(verb), cue + 2 < lowers.count, ["the", "these", "those", "this", "that"].contains(lowers[cue + 1]),
           D.imposedMeasures.contains(lowers[cue + 2]) { return true }
        guard D.condemnVerbs.contains(verb), cue + 1 < lowers.count else { return false }
        if ["them", "it", "this", "these", "those"].contains(lowers[cue + 1]) { return true }
        return lowers[(cue + 1)..<min(lowers.count, cue + 5)].contains(where: D.measureNouns.contains)
    }

    /// "Our patrol vessel acted in accordance with international law", "her country's measures
    /// were purely defensive": a side calling its own conduct lawful denies the charge against it.
    static func justifiesItself(actor: String, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var justifies = false
        var ownSide = false
        var fair = false
        var ownSubject = false
        var firstPerson = false
        let own = Set([actor] + [text.actors[actor]?.affiliation].compactMap { $0 })
        for t in segment {
            let lower = tokens[t].lower
            // "legal action", "a routine check", "above the legal limit" name things, not the lawfulness of conduct.
            // Not inside a name: "the Society for Fair Elections".
            if D.justificationWords.contains(lower), !tokens[t].isCapitalized || t == segment.lowerBound,
               !(t + 1 < segment.upperBound && ["action", "actions", "challenge", "challenges", "team", "steps", "proceedings", "case", "battle", "advice", "fight", "framework", "check", "checks",
                   "limit", "limits", "standard", "standards", "requirement", "requirements"].contains(tokens[t + 1].lower)) {
                justifies = true
            }
            // "in accordance with", "in full compliance with" the law.
            if lower == "accordance" || lower == "compliance" || (lower == "right" && t > segment.lowerBound && tokens[t - 1].lower == "every") { justifies = true }
            // "fully in line with the law", "had followed the EU's procedure" (`FollowedRules`).
            if followsRules(tokens, at: t, segment: segment, own: own, in: p, text: text) { justifies = true }
            if ["our", "we", "us"].contains(lower) { ownSide = true; firstPerson = true }
            // "said its prices were set fairly": the reported clause opens with the speaker's own.
            if ["its", "their"].contains(lower), t > segment.lowerBound, tokens[t - 1].kind == .word,
               L.speechVerbs.contains(tokens[t - 1].lower) || tokens[t - 1].lower == "that" { ownSide = true; ownSubject = true }
            // "its discounts were genuine": fairness claimed for what the speaker's own clause names.
            if D.fairnessWords.contains(lower), !tokens[t].isCapitalized { fair = true }
            if ["its", "his", "her", "their"].contains(lower), t + 1 < segment.upperBound,
               ["country", "country's", "country’s", "government", "forces", "troops", "military", "army", "navy", "actions"].contains(tokens[t + 1].lower) {
                ownSide = true
            }
            if let mention = view.mention(startingAt: t), own.contains(mention.actor) || own.contains(text.actors[mention.actor]?.affiliation ?? "") {
                ownSide = true
            }
        }
        // "Our members operate under the strictest permits" (`StrictestRules`).
        return (justifies && ownSide) || (fair && (ownSubject || firstPerson))
            || ((ownSubject || firstPerson) && claimsStrictestRules(tokens, segment: segment))
    }

    /// "has not seen any evidence", "had not been shown proof": doubt about a claim, where
    /// "there is no evidence" denies it.
    static func notSeenEvidence(_ lowers: [String]) -> Bool {
        for (index, word) in lowers.enumerated() where D.evidenceWords.contains(word) {
            // The noun phrase may run long ("not been shown “a single piece of evidence”"), but
            // not past a comma or the end of a clause.
            let before = lowers[max(0, index - 8)..<index].reversed().prefix { ![",", ";", ".", ":"].contains($0) }
            if before.contains(where: { $0 == "not" || $0.hasSuffix("n't") }),
               before.contains(where: { ["seen", "found", "shown", "received", "provided", "presented", "given"].contains($0) }) { return true }
        }
        return false
    }

    static func containsDoubt(_ lowers: [String]) -> Bool {
        // Read once, not at every word: it looks at the whole statement.
        if describedAsDiscredited(lowers) || doubtsInIdiom(lowers) || limitsInquiry(lowers) { return true }
        for (index, word) in lowers.enumerated() where doubtOpeners.contains(word) {
            if D.questionWords.contains(word) || condemnsStatement(lowers, at: index, judging: D.discreditWords) { return true }
            // "we cannot vouch for", "could not independently verify", "not convinced".
            if D.verifyVerbs.contains(word) || word == "convinced",
               lowers[max(0, index - 3)..<index].contains(where: { D.negations.contains($0) || $0.hasSuffix("n't") || $0 == "cannot" || $0 == "unable" }) {
                return true
            }
            if ["cast", "casts", "casting", "raised", "raises", "raising"].contains(word), index + 1 < lowers.count,
               ["doubt", "doubts", "questions"].contains(lowers[index + 1]) { return true }
            if awaitsProof(lowers, at: index) { return true }
        }
        return keepsCauseOpen(lowers)
    }

    /// "arson could not be ruled out", "did not rule out sabotage": another cause kept open, a
    /// doubt even though its verb is negated. Only a cause: "did not rule out Russian
    /// involvement" leans to the claim it names.
    static func keepsCauseOpen(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            ["rule", "rules", "ruled"].contains(lowers[index]) && index + 1 < lowers.count && lowers[index + 1] == "out"
                && lowers[max(0, index - 3)..<index].contains { D.negations.contains($0) || $0.hasSuffix("n't") || $0 == "cannot" }
        } && namesCause(lowers)
    }

    /// "could not extend", "cannot pay": what cannot be done is a constraint, not a denial.
    static let inability: Set<String> = ["can", "could", "cannot", "can't", "couldn't"]

    /// "said no fishing boats had been seized", "said the trucks had never entered the reserve":
    /// a reported clause whose own verb is negated denies what it names, whoever its subject.
    /// Only the clause a verb of speech introduces: a quote before the verb ("“This was not a
    /// vote,” she said") or a narrated clause ("The ship did not stop, the navy said") accuses.
    static func negatesReportedClause(from start: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        var t = start
        while t < segment.upperBound, tokens[t].kind == .open || tokens[t].lower == "that" { t += 1 }
        guard t < segment.upperBound, tokens[t].kind == .word else { return false }
        let isNegation = { (k: Int) in k < segment.upperBound && (["not", "never"].contains(tokens[k].lower) || tokens[k].lower.hasSuffix("n't")
                || deniesLink(tokens, at: k, end: segment.upperBound))
            && !inability.contains(tokens[k].lower) && !(k > 0 && inability.contains(tokens[k - 1].lower))
            && !(k + 1 < segment.upperBound && ["only", "just", "least"].contains(tokens[k + 1].lower)) }
        // "no fishing boats had been seized": a subject that says none of them.
        let opensWithNone = tokens[t].lower == "no" && t + 1 < segment.upperBound && tokens[t + 1].kind == .word
        // "nobody who has retired will lose any income", "none of the boats had left": a subject
        // that is itself a negative quantifier negates its clause, whatever describes it.
        if ["nobody", "none"].contains(tokens[t].lower) || (tokens[t].lower == "no" && t + 1 < segment.upperBound && tokens[t + 1].lower == "one") {
            return true
        }
        // The subject runs a few words, unbroken, up to its verb group.
        var k = t + 1
        while k < min(segment.upperBound, t + 8) {
            let token = tokens[k]
            // A comma or a relative ("the inspectors who had not …") starts another clause.
            if token.kind == .punct || ["who", "which", "whose", "whom"].contains(token.lower) { return false }
            // "Moscow's denial was not credible": a denial denied.
            if ["denial", "denials"].contains(token.lower) { return false }
            if token.kind == .word {
                if isNegation(k) { return true }
                if D.auxiliaries.contains(token.lower) {
                    if opensWithNone { return true }
                    var next = k + 1
                    while next < segment.upperBound, tokens[next].kind == .open { next += 1 }
                    // "the figures were “not confirmed”": an unverified claim is doubted, not denied.
                    if isNegation(next), next + 1 < segment.upperBound, D.verifyVerbs.contains(tokens[next + 1].lower) { return false }
                    return isNegation(next)
                }
            }
            k += 1
        }
        return false
    }

    /// "says it does not send lethal aid": a statement that denies something about its own speaker.
    static func deniesItself(actor: String, from start: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var t = start
        while t < segment.upperBound, tokens[t].kind == .open { t += 1 }
        // "said on its Telegram channel that Russia had …": the frame before "that" is not the subject.
        if let that = (t..<min(segment.upperBound, t + 8)).first(where: { tokens[$0].lower == "that" }),
           let first = tokens[t...].first, ["on", "in", "its", "his", "her", "their", "a", "an"].contains(first.lower) { t = that }
        if t < segment.upperBound, tokens[t].lower == "that" { t += 1 }
        guard t < segment.upperBound else { return false }
        // "At no point did we hide …", "Never have we …": the negation comes first.
        var negated = false
        for opener in [["at", "no", "point"], ["in", "no", "way"], ["not", "once"], ["never"]] where t + opener.count < segment.upperBound
            && (0..<opener.count).allSatisfy({ tokens[t + $0].lower == opener[$0] }) {
            t += opener.count
            if t < segment.upperBound, D.auxiliaries.contains(tokens[t].lower) { t += 1 }
            negated = true
            break
        }
        // Its subject: a pronoun, the speaker named again, or the one it speaks for
        // ("Russia does not interfere", says Russia's ambassador).
        let own = [actor, text.actors[actor]?.affiliation].compactMap { $0 }
        // Inside the speaker's own quote too: "“Peru has never sent a soldier,” the Peruvian minister said".
        let subject = view.mention(startingAt: t) ?? view.mentionsStartingAt[t]?.first.map { view.mentions[$0] }
        if let mention = subject, own.contains(mention.actor), !mention.possessive {
            t = mention.last + 1
        } else if ["it", "they", "he", "she", "we", "i"].contains(tokens[t].lower) {
            t += 1
        } else if let end = ownedSubjectEnd(from: t, segment: segment, tokens: tokens) {
            t = end
        } else {
            return false
        }
        if negated { return true }
        var steps = 0
        while t < segment.upperBound, steps < 3 {
            let word = tokens[t].lower
            if D.negations.contains(word) || word.hasSuffix("n't") { return true }
            // "Russia had "nothing to do with" the incident".
            if tokens[t].kind == .open { t += 1; continue }
            if word == "nothing", t + 3 < segment.upperBound, (1...3).map({ tokens[t + $0].lower }) == ["to", "do", "with"] { return true }
            // "she had received nothing", "we were given no warning" (`ReceivedNothing`).
            if receivedNothing(tokens, at: t, end: segment.upperBound) { return true }
            if !D.auxiliaries.contains(word) && word != "has" && word != "had" { return false }
            t += 1
            steps += 1
        }
        return false
    }

    /// "a", "an allegation", "an allegation the United Party for": what is left of ", an
    /// allegation the party called …" when a claim is cut before the verb.
    static func isAnsweringNounTail(_ tail: ArraySlice<ParagraphView.Token>) -> Bool {
        let rest = tail.drop { L.determiners.contains($0.lower) }
        guard let noun = rest.first else { return true }
        return D.answeredNouns.contains(noun.lower)
            && rest.dropFirst().allSatisfy { L.determiners.contains($0.lower) || $0.isCapitalized || ["of", "for", "and"].contains($0.lower) }
    }

    /// The clause as written, without a leading "that", surrounding commas, or a tail past 40 words.
    static func cleanStatement(_ view: ParagraphView, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var first = view.afterDatelineCredit(from: range.lowerBound, before: range.upperBound)
        var last = range.upperBound - 1
        while first <= last, view.tokens[first].kind == .punct || view.tokens[first].lower == "that" && view.tokens[first].kind == .word { first += 1 }
        while last >= first, view.tokens[last].kind == .punct { last -= 1 }
        // "said at least nine had been killed and accused officers of …": cut before the second
        // verb, the clause keeps no dangling conjunction.
        while last > first, ["and", "or", "but"].contains(view.tokens[last].lower), view.tokens[last].kind == .word {
            last -= 1
            while last >= first, view.tokens[last].kind == .punct { last -= 1 }
        }
        // "…, a charge Nairobi rejected" cut before its noun leaves ", a"; cut before its
        // subject, ", an allegation the".
        if first < last, let comma = (first...last).last(where: { view.tokens[$0].kind == .punct && view.tokens[$0].lower == "," && view.tokens[$0].depth == 0 }),
           comma > first, comma < last, isAnsweringNounTail(view.tokens[(comma + 1)...last]) {
            last = comma - 1
            while last >= first, view.tokens[last].kind == .punct { last -= 1 }
        }
        guard first <= last else { return "" }
        // Keep a quote's closing mark with its words.
        if last + 1 < range.upperBound, view.tokens[last + 1].kind == .close { last += 1 }
        if view.tokens[first].kind == .close { first += 1 }
        guard first <= last else { return "" }
        var words = (first...last).filter { view.tokens[$0].kind == .word }
        var text = view.text(tokens: first...last)
        if words.count > 40 {
            words = Array(words.prefix(40))
            text = view.text(tokens: first...words.last!) + " …"
        }
        return text
    }
}
