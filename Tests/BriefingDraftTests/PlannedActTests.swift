import BriefingModel
@testable import BriefingDraft
import Testing

/// What is scheduled happens whatever its verb; a planned passive and a second verb sharing
/// the first one's auxiliary are plans too (issue 3, events on unseen text).
extension EventFinderTests {
    @Test func aScheduledActHappensWhateverItsVerb() {
        #expect(events("The court is expected to rule on the request on June 24.", "2025-06-12").map { $0.date?.description } == ["2025-06-24"])
        #expect(events("A repair ship is expected to reach the site by June 20, the company said.", "2026-06-09").map { $0.date?.description } == ["2026-06-20"])
        // Saying, thinking and being are not made to happen by a schedule.
        #expect(events("The minister is expected to say more on Friday.", "2025-06-12").isEmpty)
        #expect(events("Prices are expected to remain high until next year.", "2025-06-12").isEmpty)
    }

    @Test func aPlanWithWillKeepsOutMeasuresButHoldsMeetings() {
        #expect(events("The league would hold a general assembly on March 17.", "2025-03-12").map { $0.date?.description } == ["2025-03-17"])
        #expect(events("Exports would fall sharply next year, the bank said.", "2025-03-12").isEmpty)
    }

    @Test func aPlannedPassiveIsAPlan() {
        #expect(events("Officials said the canal would be finished by the end of 2028.", "2026-04-16").map { $0.date?.description } == ["2028"])
    }

    @Test func aSecondVerbSharesTheFirstOnesAuxiliary() {
        let found = events("The league said teachers would march to parliament on Thursday and hold a general assembly on March 17.", "2025-03-12")
        #expect(found.map { $0.date?.description } == ["2025-03-13", "2025-03-17"])
    }
}
