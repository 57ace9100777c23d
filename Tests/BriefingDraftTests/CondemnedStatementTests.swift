import BriefingModel
@testable import BriefingDraft
import Testing

/// "called the statement “shameful”": naming what another actor said with a word of
/// condemnation rejects it, and points back to it. Found among the dispute sides of development
/// set L read with the wrong stance. The sentences are invented.
extension DisputeFinderTests {
    @Test func callingAStatementShamefulDeniesIt() throws {
        let found = disputes("""
            Southland said in a statement on Sunday that the refugees' hunger was the direct result of Northland's blockade. Anna Berg called the statement "shameful" and said Northland had kept its border open.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Southland", "denies Anna Berg"])
    }

    @Test func onlyAStatementNamedWithCondemnationIsRejected() {
        // A verdict on an act accuses; a statement called by a word of praise is not rejected.
        #expect(!PositionFinder.containsDenial(["she", "called", "the", "attack", "shameful"]))
        #expect(!PositionFinder.containsDenial(["she", "called", "the", "report", "thorough"]))
        #expect(PositionFinder.containsDenial(["he", "called", "the", "un", "statement", "\"", "irresponsible", "\""]))
    }
}
