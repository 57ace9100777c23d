import BriefingModel
@testable import BriefingDraft
import Testing

/// Denial phrases added for issue 3's held-out misses.
extension DisputeFinderTests {
    @Test func notOnePieceOfEvidenceDenies() {
        let found = disputes("""
            Northland said on Tuesday that Southland had planted malware in its rail network.
            "Not one piece of evidence has been presented, only slogans," Southland said.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
    }

    @Test func havingNothingToDoWithItDeniesOnlyForOneself() {
        let found = disputes("""
            Northland said on Tuesday that Southland had planted malware in its rail network.
            Southland said it had "nothing to do with" the attack.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
        // Said of something else, it is no denial: "these rules have nothing to do with plant health".
        #expect(!PositionFinder.containsDenial(["these", "rules", "have", "nothing", "to", "do", "with", "plant", "health"]))
    }

    @Test func aFrameBeforeThatIsNotTheSubjectOfASelfDenial() {
        let found = disputes("""
            Northland said on Tuesday that Southland had planted malware in its rail network.
            Southland said on its Telegram channel that it had "nothing to do with" the attack.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
    }
}
