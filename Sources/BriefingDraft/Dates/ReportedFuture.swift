import BriefingModel

/// "The union said on Monday it would strike on Wednesday", published on Thursday: a weekday
/// in a future clause that a dated report governs is the first such day after the report,
/// not after publication. Only a report day before publication changes the reading.
extension DateFinder {
    /// The day of the first report in the sentence ("said on Monday", "announced Tuesday"),
    /// a weekday or a month-day read in the past, and the token where it ends.
    static func reportDay(_ raws: [RawDate], tokens: [SentenceToken], resolver: DateResolver) -> (day: CalendarDay, end: Int)? {
        for raw in raws where raw.start > 0 && ClauseSplitter.reportingVerbs.contains(tokens[raw.start - 1].lower) {
            switch raw.core {
            case .weekday(_, nil), .calendar(_, _?, nil, _, _, _):
                guard let span = resolver.resolve(raw.core, tense: .past), span.end == nil,
                      let day = CalendarDay(span.start) else { return nil }
                return (day, raw.end)
            default:
                return nil
            }
        }
        return nil
    }

    /// The weekday of a future clause after the report that tells it, when the report day
    /// is before publication; nil when the rule does not apply.
    static func weekdayAfterReport(_ raw: RawDate, tense: Tense, report: (day: CalendarDay, end: Int)?, published: BriefingDate?) -> DateSpan? {
        guard tense == .future, case let .weekday(weekday, nil) = raw.core, let report, raw.start >= report.end,
              let published = published.flatMap(CalendarDay.init), report.day < published else { return nil }
        let forward = (weekday - report.day.weekday + 7) % 7
        return DateSpan(start: report.day.adding(days: forward == 0 ? 7 : forward).date)
    }
}
