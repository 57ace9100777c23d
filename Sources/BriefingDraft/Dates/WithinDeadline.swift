import BriefingModel

/// "would publish its final report within two months", "a bridge would be installed within six
/// weeks": a plan given a length from now may fall on any day from the report to the report
/// plus that length, which is how annotators date it. "within a year of the crash" counts from
/// another event and "delivered within 19 days" is past: neither is read here.
extension DateScanner {
    func withinDeadline(at j: Int, count: Int?, unit: DateDuration.Unit, next: String?) -> DateCore? {
        guard word(j) == "within", let count, count > 0, count < 100, next != "of" else { return nil }
        return .within(DateDuration(count: count, unit: unit))
    }
}

extension DateResolver {
    /// From publication to publication plus the length, whole units ("within six weeks" of
    /// April 22 ends June 3); nothing in the past tense.
    func withinSpan(_ length: DateDuration, tense: Tense) -> DateSpan? {
        guard tense != .past, let day = publishedDay else { return nil }
        let end: CalendarDay = switch length.unit {
        case .day: day.adding(days: length.count)
        case .week: day.adding(days: 7 * length.count)
        case .month: day.addingMonths(length.count)
        case .year: day.addingMonths(12 * length.count)
        }
        return DateSpan(from: day, to: end)
    }
}
