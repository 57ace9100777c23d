import BriefingModel
@testable import BriefingDraft
import Testing

/// Dates on unseen text (helper da): a week tied to an act by a deadline ("by the end of the
/// week") runs from the report, one an ongoing act began in ("since last week") to the report.
extension EventFinderTests {
    @Test func aDeadlineAtTheWeeksEndRunsFromTheReport() {
        // Thursday 12 March 2026; the week ends on Sunday 15 March.
        #expect(events("The ministry said it would open two more clinics by the end of the week.", "2026-03-12")
            .map { $0.date?.description } == ["2026-03-12/2026-03-15"])
        #expect(events("The opposition said it would file a petition at the High Court by the end of the week.", "2026-03-12")
            .map { $0.date?.description } == ["2026-03-12/2026-03-15"])
    }

    @Test func otherDeadlinesKeepTheirPeriod() {
        // A month or a year keeps its own period, as the gold writes it.
        #expect(events("Prosecutors said they would decide by the end of the month whether to bring charges.", "2026-03-12")
            .allSatisfy { $0.date?.description != "2026-03-12/2026-03-31" })
        // A plain week, not a deadline, is the whole week.
        #expect(events("The ministry said it would open two more clinics next week.", "2026-03-12")
            .map { $0.date?.description } == ["2026-03-16/2026-03-22"])
    }

    @Test func anActGoingOnSinceLastWeekRunsToTheReport() {
        #expect(events("Protesters have blocked the main highway since last week.", "2026-03-12")
            .map { $0.date?.description } == ["2026-03-02/2026-03-12"])
        // A year or a month since which a state holds stays the start.
        #expect(events("Peacekeepers have been deployed in the region since 2021.", "2026-03-12")
            .allSatisfy { $0.date?.description != "2021/2026-03-12" })
    }
}
