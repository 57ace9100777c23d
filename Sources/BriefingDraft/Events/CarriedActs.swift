/// Verbs that are no acts alone — light verbs, verbs of happening, of trying and helping —
/// but carry one in a frame of English grammar. `datedAct` keeps them out as non-acts; these
/// frames let them back in, still only with a date of their own clause:
/// - a light verb's participle right after its noun, a reduced passive relative: "samples
///   taken last week", "payments made in March" (the noun is the thing done);
/// - a verb of happening after a noun that no trigger names: "the row began last month",
///   "since satellite monitoring began in 1988" (the noun's start is the event);
/// - a verb of trying or helping before the act it governs: "tried to cross the border",
///   "helped pull survivors from the rubble" (the attempt was made).
extension TriggerDetector {
    static func carriesAct(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        isLightReducedRelative(at: index, in: analysis) || isHappeningOfNoun(at: index, in: analysis) || isAttempt(at: index, in: analysis)
            || isCaptureOrDeparture(at: index, in: analysis) || isActByObject(at: index, in: analysis)
    }

    /// "took Bukavu in February", "took control of the port", "had set off from the coast on
    /// Sunday": "take" with a place or control for object is a capture, "set" with "off",
    /// "out" or "sail" a departure.
    static func isCaptureOrDeparture(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        let word = analysis.tokens[index].lower
        guard let next = analysis.word(index + 1) else { return false }
        if word == "set" { return ["off", "out", "sail"].contains(next) }
        guard word == "took" || word == "taken" else { return false }
        return next == "control" || analysis.places.contains { $0.tokens.lowerBound == index + 1 } && analysis.tokens[index + 1].isCapitalized
    }

    /// "samples taken last week showed …": a light verb's participle between its noun and a
    /// preposition, a date or an adverb — with an object after it ("officials made the
    /// decision") it would be an active verb, which its object's trigger reads.
    static func isLightReducedRelative(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard lightParticiples.contains(analysis.tokens[index].lower), index > 0, index + 1 < analysis.tokens.count,
              isBareNoun(at: index - 1, in: analysis) else { return false }
        let next = analysis.tokens[index + 1]
        return analysis.date(at: index + 1) != nil || next.isWord && (prepositions.contains(next.lower) || next.lower == "by" || next.lower.hasSuffix("ly"))
    }

    static let lightParticiples: Set<String> = ["taken", "made", "given", "held", "done", "carried"]

    /// "the row began last month", "the stoppage, called by two unions, began on Tuesday": a
    /// verb of happening whose subject is a noun no trigger names (a trigger noun's own verb
    /// is read with the noun), not a period ("the season began in March"), and not a start of
    /// another act ("began to rise", "began pumping").
    static func isHappeningOfNoun(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        let word = analysis.tokens[index].lower
        guard happeningPasts.contains(word) else { return false }
        if let particle = happeningParticles[word], analysis.word(index + 1) != particle { return false }
        if let next = analysis.word(index + 1), next == "to" || next.hasSuffix("ing") { return false }
        guard let subject = subjectNoun(before: index, in: analysis) else { return false }
        let noun = analysis.tokens[subject].lower
        return lexiconEntries(noun) == nil && !nonHappeningNouns.contains(noun) && !periodNouns.contains(noun)
    }

    /// "The row began last month, when the minister said …": the start of the noun is the act
    /// of the "when" clause that follows; when that clause has a trigger of its own, the
    /// verb of happening adds no second event.
    static func withoutHappeningsTold(_ triggers: [Trigger], in analysis: SentenceAnalysis) -> [Trigger] {
        triggers.filter { trigger in
            guard trigger.entry.eventClass == .act, isHappeningOfNoun(at: trigger.token, in: analysis) else { return true }
            let clauseIndex = analysis.clauseIndex(of: trigger.token)
            guard clauseIndex + 1 < analysis.clauses.count, analysis.clauses[clauseIndex + 1].opener == "when" else { return true }
            let when = analysis.clauses[clauseIndex + 1].range
            return !triggers.contains { when.contains($0.token) }
        }
    }

    static let happeningPasts: Set<String> = ["began", "begun", "started", "ended", "happened", "occurred", "took", "broke"]
    static let happeningParticles: [String: String] = ["took": "place", "broke": "out"]
    /// Stretches of time whose start is no event: "the week began with …".
    static let periodNouns: Set<String> = ["week", "weeks", "day", "days", "decade", "century", "era", "tenure", "session", "semester", "trading", "process", "story", "day's"]

    /// The head of the noun phrase that is the subject of the verb at `index`: the word right
    /// before it, or before a parenthetical set off by commas ("the stoppage, called by …,").
    static func subjectNoun(before index: Int, in analysis: SentenceAnalysis) -> Int? {
        var k = index - 1
        while k > 0, analysis.tokens[k].isWord, preverbalAdverbs.contains(analysis.tokens[k].lower) { k -= 1 }
        if k >= 0, analysis.tokens[k].text == ",", let opening = parentheticalOpening(closingAt: k, in: analysis) { k = opening - 1 }
        guard k >= 0, isBareNoun(at: k, in: analysis) else { return nil }
        // "The counter-offensive in the east began": a noun inside a prepositional phrase is
        // not the subject ("since" and the like open a clause, so their noun is).
        var start = k
        while start > 0, analysis.tokens[start - 1].isWord, !prepositions.contains(analysis.tokens[start - 1].lower),
              !ClauseSplitter.openers(analysis.tokens[start - 1].lower), start > k - 4 { start -= 1 }
        if start > 0, let before = analysis.word(start - 1), prepositions.contains(before), !subordinators.contains(before) { return nil }
        return k
    }

    static let subordinators: Set<String> = ["since", "after", "before", "until", "once", "as", "while", "when"]

    /// The comma that opens a parenthetical closed by the comma at `closing`: the nearest
    /// comma before it, with no clause-ending punctuation between and at most 14 words inside.
    static func parentheticalOpening(closingAt closing: Int, in analysis: SentenceAnalysis) -> Int? {
        var k = closing - 1
        while k > 0, k > closing - 16 {
            let token = analysis.tokens[k]
            if token.text == "," { return k > 0 ? k : nil }
            if token.kind == .punct, [";", ":", "—", "–", "."].contains(token.text) { return nil }
            k -= 1
        }
        return nil
    }

    /// A lowercase word that can head a noun phrase: not a function word, a verb form, an
    /// adverb, a name or a quoted word.
    static func isBareNoun(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        let token = analysis.tokens[index]
        // Capitalised only as the sentence's first word: "Payments made in March …".
        guard token.isWord, !token.isCapitalized || index == 0 && analysis.actor(at: 0) == nil, !analysis.quoted[index], token.text.utf8.count > 2 else { return false }
        let word = token.lower
        if determiners.contains(word) || prepositions.contains(word) || modals.contains(word) || subjectPronouns.contains(word)
            || ClauseSplitter.openers(word) || ClauseSplitter.auxiliaries.contains(word) || preverbalAdverbs.contains(word) { return false }
        if ["and", "or", "but", "been", "being", "be", "not", "than", "then"].contains(word) || word.hasSuffix("ly") { return false }
        return !ClauseSplitter.looksLikeVerb(token) || ClauseSplitter.ingNouns.contains(word) || word.hasSuffix("ing") && index > 0 && analysis.tokens[index - 1].isWord && !analysis.tokens[index - 1].isCapitalized && !prepositions.contains(analysis.tokens[index - 1].lower)
    }

    /// "tried to cross into the EU", "helped pull bodies from the rubble": an attempt or help
    /// is made when told in the past, whatever the act it governs.
    static func isAttempt(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        let word = analysis.tokens[index].lower
        guard attemptPasts.contains(word), let next = analysis.word(index + 1) else { return false }
        let verb = next == "to" ? index + 2 : index + 1
        // "helped pull": a bare infinitive, not a plural object ("helped farmers").
        guard next == "to" || word == "helped" && !next.hasSuffix("s") && !next.hasSuffix("ed") && !next.hasSuffix("ing"), let complement = analysis.word(verb), analysis.tokens[verb].isWord,
              !analysis.tokens[verb].isCapitalized else { return false }
        return !EventLexicon.nonPlans.contains(complement) && !determiners.contains(complement)
    }

    static let attemptPasts: Set<String> = ["tried", "attempted", "helped", "managed"]
}
