import BriefingModel

/// "suspended the airline's licence for six months in January 2024", "occupied the town for a
/// year from August 2020": months or years right before a month that starts them make the act
/// a span from that month to the month the length reaches. Only a length that starts at the
/// month ("from"), or a state an act imposes (a suspension, a ban, a closure): "a deal renewed
/// for three years in February" was renewed in February, and "a 20-year treaty" is the
/// treaty's length, not the act's.
extension CandidateBuilder {
    static func lastingMonths(_ time: Time, clause: Range<Int>, in analysis: SentenceAnalysis) -> Time? {
        guard let date = time.date, date.end == nil, date.start.precision == .month, let month = date.start.month else { return nil }
        for found in analysis.dates where clause.contains(found.tokens.lowerBound) && found.mention.preposition == "for" {
            guard case let .duration(length) = found.mention.kind, length.count > 0, length.unit == .month || length.unit == .year,
                  let anchor = analysis.dates.first(where: { $0.tokens.lowerBound == found.tokens.upperBound }), anchor.mention.text == time.text,
                  anchor.mention.preposition == "from" || clause.contains(where: { stateImposingVerbs.contains(analysis.tokens[$0].lower) })
            else { continue }
            let months = (length.unit == .year ? 12 : 1) * length.count
            let end = CalendarDay.shift(year: date.start.year, month: month, by: months)
            let span = DateSpan(start: date.start, end: BriefingDate(year: end.year, month: end.month))
            return Time(date: span, text: found.mention.text + " " + anchor.mention.text, isOwn: time.isOwn)
        }
        return nil
    }

    /// Acts whose result lasts for the length the sentence gives.
    static let stateImposingVerbs: Set<String> = [
        "suspended", "suspends", "suspend", "banned", "bans", "ban", "barred", "bars", "closed", "closes", "shut", "shuts",
        "halted", "halts", "froze", "frozen", "freezes", "grounded", "grounds", "occupied", "blocked",
    ]
}
