import BriefingModel

/// "The talks resume on Monday", "Voters go to the polls on Sunday": news tells what is on
/// the calendar in the simple present, so a weekday in a present clause is the coming one
/// (or today), not the nearer one. A weekday after a verb of saying in the present ("China
/// says on Thursday it opposes …") is when it was said, and keeps the nearer day.
extension DateFinder {
    static func isPresentSchedule(_ raw: RawDate, clause: Range<Int>, tokens: [SentenceToken]) -> Bool {
        guard case .weekday(_, nil) = raw.core else { return false }
        return !(clause.lowerBound..<raw.start).contains { presentSayingVerbs.contains(tokens[$0].lower) }
    }

    static let presentSayingVerbs: Set<String> = ["says", "say", "tells", "tell", "announces", "reports", "writes", "adds", "claims", "insists", "warns"]
}

extension DateResolver {
    /// The weekday on or after publication.
    func comingWeekday(_ core: DateCore) -> DateSpan? {
        guard case let .weekday(weekday, nil) = core, let day = publishedDay else { return nil }
        return DateSpan(start: day.adding(days: (weekday - day.weekday + 7) % 7).date)
    }
}
