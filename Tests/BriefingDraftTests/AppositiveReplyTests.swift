import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, a charge it denies": the pronoun of a reply set off after a reported claim stands for
/// the one the claim is about, not for its speaker. Found in tune set D, where the accusers
/// were drafted denying their own charge and the accused took no side. The sentences are
/// invented; each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func aChargeItDeniesIsDeniedByTheAccused() throws {
        let found = disputes("Harbor Watch says the ministry hid the cost of the harbour works, a charge it denies.")
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Ministry of Trade"])
        // A relative clause on the accused does not hide it.
        let relative = disputes("""
            The port talks stalled after the Ministry of Trade raised its fees. Harbor Watch says the ministry, which has run the port since 2012, hid the cost of the harbour works, a charge it denies.
            """)
        #expect(relative.first.map(sides) == ["asserts Harbor Watch", "denies Ministry of Trade"])
    }

    @Test func theBodyTheClaimDescribesDeniesIt() throws {
        // "the party" stands for the party named before with that head after its name.
        let fixture = MentionFixture("""
            The ruling Harbour Union party called early elections. Harbor Watch says the party, which has governed since 2012, rigged the vote, a charge it denies.
            """, actors + [DraftActor(name: "Harbour Union", kind: .person)])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(found.first.map(sides) == ["asserts Harbor Watch", "denies Harbour Union"])
    }

    @Test func whichHeDeniesIsDeniedByTheOneTheClaimNames() throws {
        let found = disputes("Anna Berg said Tomas Lind had leaked the harbour report to the press, which he denies.")
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Anna Berg", "denies Tomas Lind"])
    }

    @Test func aReplyWhoseClaimNamesNoOneElseTakesNoSideForTheClaimant() {
        // Nobody else is named: the claimant keeps its claim and no one denies it.
        let found = disputes("Harbor Watch says the harbour works cost twice the budget, a charge it denies.")
        #expect(!found.flatMap(\.sides).contains { $0.actor == "Harbor Watch" && $0.stance == .denies })
        // A named replier is left as it is.
        let named = disputes("Harbor Watch says the ministry hid the cost of the harbour works, a charge Southland rejects.")
        #expect(named.first.map(sides) == ["asserts Harbor Watch", "denies Southland"])
    }
}
