import BriefingModel

/// "The stoppage began on Tuesday and is due to run until Saturday", "fighting broke out on
/// Monday and lasted until Wednesday": an act dated to a day whose sentence says it runs on
/// until a later day spans from the one to the other. "The union said the strike would last
/// until Friday", told later of the strike by name, ends the strike's span the same way.
extension CandidateBuilder {
    static func runningUntil(_ time: Time, until end: (BriefingDate, String)?) -> Time {
        guard let (span, text) = spanning(time.date, text: time.text, until: end) else { return time }
        return Time(date: span, text: text, isOwn: time.isOwn)
    }

    /// A day-dated open span carried on to `end`, with the words of both: the one reading of
    /// an "until" day, for an act's own sentence and for a later mention by name.
    static func spanning(_ date: DateSpan?, text: String?, until end: (BriefingDate, String)?) -> (DateSpan, String)? {
        guard let (last, words) = end, let date, date.end == nil, date.start.precision == .day, date.start.iso < last.iso else { return nil }
        return (DateSpan(start: date.start, end: last), [text, words].compactMap { $0 }.joined(separator: " / "))
    }

    /// The day an act is said to run on until: an "until" date after it, governed by a verb of
    /// running on; a month runs to its last day ("until the end of July").
    static func runsUntil(after head: Trigger, in analysis: SentenceAnalysis) -> (BriefingDate, String)? {
        guard let until = analysis.dates.first(where: { found in
            found.tokens.lowerBound > head.token && endPrepositions.contains(found.mention.preposition ?? "")
                && (max(head.token, found.tokens.lowerBound - 4)..<found.tokens.lowerBound).contains { continuingVerbs.contains(analysis.tokens[$0].lower) }
        }), var end = until.mention.span?.last else { return nil }
        if end.precision == .month, let month = end.month {
            end = BriefingDate(year: end.year, month: month, day: CalendarDay.daysIn(month: month, year: end.year))
        }
        return end.precision == .day ? (end, until.mention.text) : nil
    }

    /// Verbs that carry an act on in time: "run until", "lasted until", "will continue until".
    static let continuingVerbs: Set<String> = EventLexicon.inflectedSet(["run:ran", "last", "continue", "go:went,gone", "stay", "remain"])
}
