import BriefingModel

/// "The stoppage began on Tuesday and is due to run until Saturday", "fighting broke out on
/// Monday and lasted until Wednesday": an act dated to a day whose sentence says it runs on
/// until a later day spans from the one to the other.
extension CandidateBuilder {
    static func runningUntil(_ time: Time, head: Trigger, in analysis: SentenceAnalysis) -> Time {
        guard let start = time.date, start.end == nil, start.start.precision == .day else { return time }
        guard let until = analysis.dates.first(where: { found in
            found.tokens.lowerBound > head.token && endPrepositions.contains(found.mention.preposition ?? "")
                && (max(head.token, found.tokens.lowerBound - 4)..<found.tokens.lowerBound).contains { continuingVerbs.contains(analysis.tokens[$0].lower) }
        }), var end = until.mention.span?.last else { return time }
        // "until the end of July" runs to the month's last day.
        if end.precision == .month, let month = end.month {
            end = BriefingDate(year: end.year, month: month, day: CalendarDay.daysIn(month: month, year: end.year))
        }
        guard end.precision == .day, start.start.iso < end.iso else { return time }
        return Time(date: DateSpan(start: start.start, end: end), text: [time.text, until.mention.text].compactMap { $0 }.joined(separator: " / "), isOwn: time.isOwn)
    }

    /// Verbs that carry an act on in time: "run until", "lasted until", "will continue until".
    static let continuingVerbs: Set<String> = EventLexicon.inflectedSet(["run:ran", "last", "continue", "go:went,gone", "stay", "remain"])
}
