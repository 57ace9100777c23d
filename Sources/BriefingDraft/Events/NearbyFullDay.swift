import BriefingModel

/// "The ferry left before dawn on Dec. 17, 2023. … a gale warning was first issued at 11 p.m.
/// on Dec. 16": a month-day without a year, a few days from the day the text last gave in full,
/// is in that day's year — the story is telling the days around it, not the days before the
/// report. The same month-day is left alone: it may be an anniversary.
extension CandidateBuilder {
    static func yearOfNearbyFullDay(for found: DateFinder.Found, context: EventContext) -> DateSpan? {
        guard case let .calendar(month, day?, nil, nil, nil, nil) = found.core, let anchor = context.lastFullDay,
              let resolved = found.mention.span?.start, resolved.year != anchor.components.year,
              CalendarDay.isValid(year: anchor.components.year, month: month, day: day) else { return nil }
        let near = CalendarDay(year: anchor.components.year, month: month, day: day)
        let distance = abs(near.ordinal - anchor.ordinal)
        guard distance > 0, distance <= maximumDistance else { return nil }
        return DateSpan(start: near.date)
    }

    static let maximumDistance = 3

    /// The day of a date written with its year ("Dec. 17, 2023"), if `found` is one.
    static func fullDay(_ found: DateFinder.Found) -> CalendarDay? {
        guard case let .calendar(month, day?, nil, year?, nil, nil) = found.core, CalendarDay.isValid(year: year, month: month, day: day) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}
