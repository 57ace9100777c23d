import BriefingModel

/// "The coast guard detained a trawler, the navy said. The seizure took place on Wednesday
/// night, …": a sentence whose subject is a definite event noun and whose verb only makes it
/// happen at a date exists to date the act told just before. Its date is that act's date,
/// not a second event's.
extension CandidateBuilder {
    /// The noun at `trigger` is the subject of a verb of happening ("took place", "happened",
    /// "occurred", "was carried out"), not of an act of its own ("The raid killed …").
    static func isDatedByItsHappening(_ trigger: Trigger, phrase: Range<Int>, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        guard !trigger.isVerbal else { return false }
        // "The seizure of the trawler took place": the verb after the noun's phrase.
        var verb = phrase.upperBound
        while let word = analysis.word(verb), verb < clause.upperBound, TriggerDetector.preverbalAdverbs.contains(word) { verb += 1 }
        if ["was", "were"].contains(analysis.word(verb) ?? "") { verb += 1 }
        guard verb < clause.upperBound, let word = analysis.word(verb) else { return false }
        if let particle = happeningParticles[word] { return analysis.word(verb + 1) == particle }
        return happeningWords.contains(word)
    }

    /// "Ostrand has refused to recognise the April 22 vote", "after Wednesday's raid": a definite
    /// mention named with a day or a month of its own, right after an undated act of its kind,
    /// names that act's date. A year is too coarse to tell the act from an earlier one.
    static func isNamedWithItsDate(_ trigger: Trigger, phrase: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        analysis.dates.contains { found in
            found.mention.isEventDate && found.tokens.lowerBound >= phrase.lowerBound && found.tokens.upperBound <= trigger.token
                && (found.mention.span.map { $0.start.precision != .year } ?? false)
        }
    }

    /// Verbs that say only that something happened, when: "took place", "was carried out".
    static let happeningWords: Set<String> = ["happened", "occurred", "held", "staged", "conducted"]
    static let happeningParticles: [String: String] = ["took": "place", "carried": "out"]
}

extension EventLedger {
    /// The dating sentence gives its date to the undated act of its kind told just before.
    /// Its own event stays: annotators put a happening on the sentence that dates it ("The
    /// clash took place before dawn on Monday"), and the act before may be another
    /// description of it or an act of its own.
    /// Returns whether it did, so that the dating sentence's event is not folded into it.
    mutating func dateBack(by candidate: EventCandidate) -> Bool {
        guard let date = candidate.date,
              let index = events.indices.last(where: { !events[$0].classes.isDisjoint(with: candidate.classes) }),
              Self.isDatedLater(events[index], by: candidate) else { return false }
        setDate(date, text: candidate.dateText, at: index)
        return true
    }

    /// Whether a dating sentence's mention may give its date to `event`, told undated in the
    /// sentence right before (one sentence a paragraph, as wire copy writes, or the same
    /// paragraph).
    static func isDatedLater(_ event: Record, by candidate: EventCandidate) -> Bool {
        guard candidate.isDatedByItsHappening, event.date == nil, !event.isPlanned else { return false }
        // Sentences count from 1 within their paragraph.
        let before = event.draft.source, now = candidate.sentence
        if before.paragraph == now.paragraph { return (before.sentence ?? 1) + 1 == (now.sentence ?? 1) }
        return before.paragraph + 1 == now.paragraph && (now.sentence ?? 1) == 1
    }
}

/// "Police raided the offices of the newspaper Morgenpost and seized its reporters' laptops":
/// a verb joined by "and" with no subject of its own shares the subject of the verb before,
/// which stands before that verb; the first verb's object is not the second verb's agent.
extension CandidateBuilder {
    /// Where the subject of a subjectless coordinated verb must end: at the first verb of
    /// the clause it is joined to. Nil when the clause has a subject of its own.
    static func sharedSubjectEnd(head: Trigger, clause: Range<Int>, joinedTo main: Range<Int>, in analysis: SentenceAnalysis) -> Int? {
        guard head.isVerbal, let opener = analysis.word(clause.lowerBound), ["and", "or", "but"].contains(opener) else { return nil }
        var k = clause.lowerBound + 1
        while k < head.token, TriggerDetector.preverbalAdverbs.contains(analysis.tokens[k].lower) { k += 1 }
        guard k == head.token else { return nil }
        return main.first { index in
            analysis.tokens[index].isWord && !analysis.tokens[index].isCapitalized && analysis.actor(at: index) == nil
                && (ClauseSplitter.looksLikeVerb(analysis.tokens[index]) || EventLexicon.lightVerbs.contains(analysis.tokens[index].lower))
        }
    }
}

/// "Supporters clashed with police on the night of Dec. 30, and 14 people were arrested":
/// a passive joined by ", and" that tells what came of the act before, with no time of its
/// own, happened on that act's day. Only a day is shared: a month or a year before leaves
/// the passive's own time open ("He took office in 2019, and the party was banned").
extension CandidateBuilder {
    static func consequenceTime(of clauseIndex: Int, head: Trigger, in analysis: SentenceAnalysis) -> Time? {
        guard clauseIndex > 0, head.isVerbal, analysis.clauses[clauseIndex].opener == "and" else { return nil }
        let range = analysis.clauses[clauseIndex].range
        guard analysis.word(range.lowerBound - 1) == ",", ["was", "were"].contains(analysis.word(head.token - 1) ?? ""),
              TriggerDetector.isPastForm(analysis.tokens[head.token].lower) else { return nil }
        let previous = analysis.clauses[clauseIndex - 1].range
        guard let found = analysis.dates.last(where: { previous.contains($0.tokens.lowerBound) && $0.mention.isEventDate && !isPrenominal($0, in: analysis) }),
              let span = found.mention.span, span.start.precision == .day, found.mention.tense == .past else { return nil }
        return Time(date: span, text: found.mention.text, isOwn: true)
    }
}
