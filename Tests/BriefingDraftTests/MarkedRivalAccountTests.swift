import BriefingModel
@testable import BriefingDraft
import Testing

/// A rival account marked as one ("instead", "in fact", "simply") denies the claim just before it,
/// though the claim charges no one (`resolveMarkedRivalAccounts`). Invented wire copy; half the
/// cases check what the rule must leave alone: one who agrees, adds a detail, speaks of
/// something else or tells a plan.
@Suite struct MarkedRivalAccountTests {
    static let actors = [
        organization("Aid groups", kind: .other),
        organization("Rights groups", kind: .other),
        organization("Farmers Union"),
        organization("Vostria", kind: .country),
        DraftActor(name: "Lena Marsh", kind: .person, role: "Interior Minister", affiliation: "Vostria", aliases: ["Marsh"]),
        DraftActor(name: "Vostrian Interior Ministry", kind: .organization, affiliation: "Vostria", aliases: ["the ministry"]),
    ]

    func sides(_ raw: String) -> [[String]] { Self.stances(raw, Self.actors) }

    /// Each dispute's sides as "stance actor", drafted from invented copy with these actors.
    static func stances(_ raw: String, _ actors: [DraftActor]) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    // MARK: The rule fires

    @Test func insteadSetsAnotherAccountAgainstABoast() {
        let found = sides("""
            Interior Minister Lena Marsh said the fall in crossings showed that the new fence worked.

            Aid groups said migrants were instead taking a longer and more dangerous route through the mountains.
            """)
        #expect(found.contains { $0.contains("asserts Lena Marsh") && $0.contains("denies Aid groups") })
    }

    @Test func simplyInTheSameParagraphDeniesTheGovernmentsClaim() {
        let found = sides("""
            The Vostrian Interior Ministry says the checkpoints have cut the trade in stolen cattle. Rights groups say the herders simply pay the guards more to pass.
            """)
        #expect(found.contains { $0.contains("asserts Vostrian Interior Ministry") && $0.contains("denies Rights groups") })
    }

    @Test func inFactDeniesAClaimOfRecovery() {
        let found = sides("""
            Interior Minister Lena Marsh said grain harvests in the north had recovered after two dry years.

            The Farmers Union said yields in the northern provinces had in fact fallen for a third season.
            """)
        #expect(found.contains { $0.contains("asserts Lena Marsh") && $0.contains("denies Farmers Union") })
    }

    // MARK: The rule stays silent

    @Test func anAllyWhoAddsADetailDoesNotDeny() {
        let found = sides("""
            Interior Minister Lena Marsh said the fall in crossings showed that the new fence worked.

            The Vostrian Interior Ministry said patrols had simply doubled along the eastern stretch.
            """)
        #expect(!found.joined().contains { $0.hasPrefix("denies") })
    }

    @Test func insteadOfIsNoRivalAccount() {
        let found = sides("""
            Interior Minister Lena Marsh said the fall in crossings showed that the new fence worked.

            The Farmers Union said its members were paid in cash instead of vouchers this season.
            """)
        #expect(!found.joined().contains("denies Farmers Union"))
    }

    @Test func aPlanMarkedInsteadIsNoDenial() {
        let found = sides("""
            Interior Minister Lena Marsh said the talks with the herders would resume on Monday.

            The Farmers Union said it would instead hold a rally in the capital.
            """)
        #expect(!found.joined().contains("denies Farmers Union"))
    }

    @Test func aThirdPartyWithoutAMarkerStaysNeutral() {
        let found = sides("""
            Interior Minister Lena Marsh said the fall in crossings showed that the new fence worked.

            Aid groups said 400 people had crossed in March.
            """)
        #expect(!found.joined().contains("denies Aid groups"))
    }

    @Test func aMarkedAccountFarFromTheClaimIsLeftAlone() {
        let found = sides("""
            Interior Minister Lena Marsh said the fall in crossings showed that the new fence worked.

            The fence runs for 200 km along the border.

            It was built in 2021.

            Aid groups said migrants were instead taking a longer route through the mountains.
            """)
        #expect(!found.joined().contains("denies Aid groups"))
    }
}
