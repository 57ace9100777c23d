import BriefingModel
@testable import BriefingDraft
import Testing

/// A count correction ("the figure was closer to 3,000") answers the nearest number another camp
/// gave, even one inside a clause whose subject is no number ("construction would create 12,000
/// jobs"), not an older count a paragraph up. Found by probing invented wire copy; the sentences
/// are invented.
extension DisputeFinderTests {
    @Test func aCorrectionAnswersTheNearestNumberNotAnOlderCount() throws {
        let found = disputes("""
            Southland said only two meetings had taken place.

            The Ministry of Trade said construction would create 12,000 jobs. Harbor Watch said the figure was closer to 3,000.
            """)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Harbor Watch" } })
        #expect(sides(dispute) == ["asserts Ministry of Trade", "denies Harbor Watch"])
    }

    @Test func aCorrectionOfItsOwnCampsNumberTakesNoSideAgainstIt() {
        // The nearest number is the speaker's own camp's: no rival.
        let found = disputes("""
            The Ministry of Trade said construction would create 12,000 jobs. Tomas Lind said the figure was closer to 13,000.
            """)
        #expect(!found.contains { dispute in sides(dispute).contains("denies Tomas Lind") })
    }
}
