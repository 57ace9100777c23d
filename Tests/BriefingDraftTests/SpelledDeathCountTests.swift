@testable import BriefingDraft
import Testing

/// "The ministry said two people died, but Harbor Watch said at least nine had been killed": a
/// spelled count of the dead, in the same sentence, by another camp, rivals the first. Dying is
/// one thing however said. Sentences are invented.
extension DisputeFinderTests {
    @Test func aSpelledDeathCountInTheSameSentenceRivalsTheFirst() throws {
        let found = disputes("""
            Northland said two people died when police cleared the blockade, but Harbor Watch said at least nine had been killed.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func oneSpeakersTwoCountsRivalNothing() {
        // One actor counting two things in one sentence is no dispute.
        #expect(disputes("""
            Northland said two people died and nine had been injured when police cleared the blockade.
            """).isEmpty)
    }
}
