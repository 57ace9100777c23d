import BriefingModel
@testable import BriefingDraft
import Testing

/// Dates on unseen text (helper ev): a plan to be done "within" a length of time runs from the
/// report to the report plus that length; a past "within" and "within a year of" another event
/// date nothing.
extension EventFinderTests {
    @Test func aPlanWithinALengthRunsFromTheReport() {
        // Wednesday 22 April 2026: six weeks on is 3 June.
        #expect(events("The ministry said a new ferry terminal would be opened within six weeks.", "2026-04-22")
            .map { $0.date?.description } == ["2026-04-22/2026-06-03"])
        #expect(events("The commission said it would publish its findings within two months.", "2026-05-06")
            .map { $0.date?.description } == ["2026-05-06/2026-07-06"])
        #expect(DateFinder.find(in: "The council will vote on the plan within 30 days.", published: BriefingDate(parsing: "2026-02-20"))
            .compactMap { $0.span?.description } == ["2026-02-20/2026-03-22"])
    }

    @Test func aPastOrAnchoredWithinDatesNothing() {
        // Past: the length is how long it took, not when.
        #expect(DateFinder.find(in: "The firm said it delivered the first tractors within 19 days.", published: BriefingDate(parsing: "2026-05-14"))
            .isEmpty)
        // Counted from another event, not from the report.
        #expect(DateFinder.find(in: "The board said its final report would be published within a year of the collapse.", published: BriefingDate(parsing: "2026-05-20"))
            .allSatisfy { $0.span == nil })
        // No count: no length to add.
        #expect(DateFinder.find(in: "Officials said the road would reopen within days.", published: BriefingDate(parsing: "2026-05-20"))
            .allSatisfy { $0.span == nil })
    }
}
