@testable import BriefingDraft
import BriefingModel
import Testing

/// "rejected because it was incomplete, not because of the guarantee": a statement that gives
/// its own cause and sets another aside denies that other cause; a lone ", not because" (a
/// motive of the speaker's own) and a plain "because" are left alone. Every sentence invented.
@Suite struct SetAsideCauseTests {
    @Test(arguments: [
        ("the ministry said the bid had been rejected because it was incomplete, not because of the guarantee", true),
        ("she said the permit was refused because the site floods, not because the owner backed the opposition", true),
        ("he said the family stayed, not because they were told to, but because the roads were closed", false),
        ("the ministry said the bid had been rejected because it was incomplete", false),
        ("the ministry said the bid was late, not complete", false),
    ])
    func readsACauseSetAside(_ sentence: String, _ denies: Bool) {
        let lowers = IdiomStanceTests.lowers(sentence)
        let found = lowers.indices.contains { PositionFinder.setsCauseAside(lowers, at: $0) }
        #expect(found == denies, "\(sentence)")
    }

    @Test func deniesTheRivalCause() {
        let raw = """
            Tarsa Rail, a losing bidder, said its cheaper offer had been thrown out over a missing bank guarantee.

            The Ministry of Transport said the Tarsa bid had been rejected because it failed the technical test, not because of the guarantee.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Ministry of Transport" }.map(\.stance.rawValue)
        #expect(stances == ["denies"], "\(stances)")
    }

    @Test func leavesAPlainCauseAsserting() {
        let raw = """
            Tarsa Rail, a losing bidder, said its cheaper offer had been thrown out over a missing bank guarantee.

            The Ministry of Transport said the Tarsa bid had been rejected because it failed the technical test.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Ministry of Transport" }.map(\.stance.rawValue)
        #expect(stances == ["asserts"], "\(stances)")
    }
}
