import BriefingModel
@testable import BriefingDraft
import Testing

/// A count marked as less than told ("only two meetings", "two such meetings") answers the
/// nearest account by another camp of the same thing, though that account gives no number as its
/// subject ("We held forty meetings", "meetings in every county"). Found by probing invented wire
/// copy; the sentences are invented.
extension DisputeFinderTests {
    @Test func onlyAFewOfWhatAnotherCampToldOfDeniesIt() throws {
        let found = disputes("""
            Tomas Lind said the ministry had held meetings in every county.

            Harbor Watch said only two meetings had taken place.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Tomas Lind", "denies Harbor Watch"])
    }

    @Test func suchAfterTheNumberPointsBackAfterAccordingTo() throws {
        let found = disputes("""
            Tomas Lind said the ministry held forty meetings with farmers.

            According to Harbor Watch, two such meetings took place, both in the capital.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Tomas Lind", "denies Harbor Watch"])
    }

    @Test func aLimitedCountOfAnotherThingOrFromAnAllyDeniesNothing() {
        // Another thing counted: clinics, not meetings.
        #expect(disputes("""
            Tomas Lind said the ministry had held meetings in every county.

            Harbor Watch said only two clinics had closed.
            """).isEmpty)
        // The same camp: the ministry and its spokesman.
        #expect(disputes("""
            Tomas Lind said the ministry had held meetings in every county.

            The Ministry of Trade said only two meetings had been cancelled.
            """).isEmpty)
        // The same number: agreement.
        #expect(disputes("""
            Anna Berg said two meetings had taken place.

            Harbor Watch said only two such meetings had taken place.
            """).isEmpty)
    }
}
