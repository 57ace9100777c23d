import BriefingModel
@testable import BriefingDraft
import Testing

/// Who holds an answer: a body referred to by its kind ("The ministry rejected that") is the
/// body of that kind named before it, and a body of citizens (a union, a party) is no ally of a
/// state body of the same country. Found by sorting the dispute misses of held-out sets I and J
/// by cause. The sentences are invented; each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    /// Actors with no alias for "the ministry" or "the union": only the rule can resolve them.
    func disputesWithoutAliases(_ raw: String) -> [DraftDispute] {
        let actors = [
            organization("Northland", kind: .country),
            organization("Ministry of Trade"),
            organization("Harbor Watch"),
        ]
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
    }

    @Test func aBodyReferredToByItsKindHoldsTheAnswer() throws {
        let found = disputesWithoutAliases("""
            The Ministry of Trade said on Monday that exports had risen by a fifth.

            Harbor Watch accused Northland of hiding the losses of its ports.

            The ministry rejected that as "electioneering".
            """)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Harbor Watch" } })
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Ministry of Trade"])
    }

    @Test func aKindWithNoBodyOfThatKindBeforeItHoldsNothing() {
        // No union was named before: "the union" stands for no one, and nothing is drafted.
        #expect(disputesWithoutAliases("""
            Harbor Watch accused Northland of hiding the losses of its ports.

            The union rejected that as "electioneering".
            """).isEmpty)
    }

    @Test func aUnionAndAMinistryOfOneCountryCanDisagree() throws {
        let actors = [
            organization("Northland", kind: .country),
            DraftActor(name: "Northland Farmers Union", kind: .organization, affiliation: "Northland"),
            DraftActor(name: "Northland Agriculture Ministry", kind: .organization, affiliation: "Northland"),
            DraftActor(name: "Northland Finance Ministry", kind: .organization, affiliation: "Northland"),
        ]
        let camps = DisputeFinder.Camps(actors: Dictionary(uniqueKeysWithValues: actors.map { ($0.name, $0) }), names: [])
        #expect(!camps.allied("Northland Farmers Union", "Northland Agriculture Ministry"))
        // Two state bodies under one government are still one side.
        #expect(camps.allied("Northland Finance Ministry", "Northland Agriculture Ministry"))
    }
}
