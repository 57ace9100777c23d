import BriefingModel
@testable import BriefingDraft
import Testing

/// A negation in the words of the claimant's own camp ("Ostmark will not let anyone buy its
/// elections") restates the claim; it does not deny it. Found among the wrong-stance sides of
/// development set B. Invented sentences.
@Suite struct CampRestatementTests {
    let actors = [
        organization("Ostmark", kind: .country),
        organization("Veldria", kind: .country),
        DraftActor(name: "Lena Vos", kind: .person, role: "Interior Minister", affiliation: "Ostmark", aliases: ["Vos"]),
        DraftActor(name: "Pavel Dren", kind: .person, role: "Ambassador", affiliation: "Veldria", aliases: ["Dren"]),
        DraftActor(name: "Ilse Marr", kind: .person, role: "analyst", aliases: ["Marr"]),
    ]

    func sides(_ raw: String) -> [String] {
        let fixture = MentionFixture(raw, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        return found.flatMap(\.sides).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    /// Read by its words, the minister's refusal denies; placed against its own camp's claim,
    /// it restates that claim. The accused's denial and an outsider's doubt stay as they are.
    @Test func theClaimantsCampRefusingSomethingElseAssertsTheClaim() throws {
        let fixture = MentionFixture("""
            Ostmark on Monday expelled two Veldrian diplomats, accusing them of paying voters to back opposition candidates in last month's local elections.

            "Ostmark will not allow anyone to buy its elections or its future," Interior Minister Lena Vos told reporters.

            "Veldria has never paid anyone to vote," Ambassador Pavel Dren said. "Nobody has proved a single payment," analyst Ilse Marr said.
            """, actors)
        let text = AttributionCache.shared.text(for: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let positions = PositionFinder.find(in: text)
        let camps = DisputeFinder.Camps(actors: text.actors, names: positions.map(\.actor))
        let core = try #require(positions.firstIndex { $0.actor == "Ostmark" && $0.stance == .asserts })
        let vos = try #require(positions.firstIndex { $0.actor == "Lena Vos" })
        #expect(positions[vos].stance == .denies)
        #expect(DisputeFinder.restatesClaim(vos, core: core, positions: positions, camps: camps))
        for outsider in ["Pavel Dren", "Ilse Marr"] {
            let d = try #require(positions.firstIndex { $0.actor == outsider })
            #expect(!DisputeFinder.restatesClaim(d, core: core, positions: positions, camps: camps))
        }
    }

    @Test func anOutsiderOrTheAccusedStillDenies() {
        let found = sides("""
            Ostmark on Monday accused Veldrian diplomats of paying voters to back opposition candidates in last month's local elections.

            "Veldria has never paid anyone to vote," Ambassador Pavel Dren said.
            """)
        #expect(found.contains("denies Pavel Dren"))
    }
}
