import BriefingModel

/// A day of the proleptic Gregorian calendar, counted in days since 1970-01-01, so that
/// "two days before", "the previous Monday" and week spans are plain integer arithmetic.
struct CalendarDay: Hashable, Comparable, Sendable {
    var ordinal: Int

    init(ordinal: Int) { self.ordinal = ordinal }

    /// Howard Hinnant's `days_from_civil`; valid for any year of the proleptic calendar.
    init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// The day of a day-precision date; nil for a month or a year.
    init?(_ date: BriefingDate) {
        guard let month = date.month, let day = date.day else { return nil }
        self.init(year: date.year, month: month, day: day)
    }

    /// `civil_from_days`.
    var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    var date: BriefingDate {
        let c = components
        return BriefingDate(year: c.year, month: c.month, day: c.day)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday.
    var weekday: Int {
        let value = (ordinal + 3) % 7
        return (value < 0 ? value + 7 : value) + 1
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The Monday of this day's ISO week.
    var monday: CalendarDay { adding(days: 1 - weekday) }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Whether the day exists ("February 30" does not).
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month `count` months after (or before, when negative) a year and month.
    static func shift(year: Int, month: Int, by count: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + count
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }

    /// The same day `count` months later, clamped to the end of a shorter month.
    func addingMonths(_ count: Int) -> CalendarDay {
        let c = components
        let shifted = CalendarDay.shift(year: c.year, month: c.month, by: count)
        return CalendarDay(year: shifted.year, month: shifted.month,
                           day: min(c.day, CalendarDay.daysIn(month: shifted.month, year: shifted.year)))
    }
}

extension DateSpan {
    /// A span of whole days; a one-day span is a single date.
    init(from start: CalendarDay, to end: CalendarDay) {
        self.init(start: start.date, end: start == end ? nil : end.date)
    }

    /// The last date the span covers.
    var last: BriefingDate { end ?? start }
}
