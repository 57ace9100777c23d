import BriefingModel
@testable import BriefingDraft
import Testing

/// The one charged that lays the charged matter on another cause ("blamed the delay on the
/// state's failure to supply power") denies the charge (`blamesMatterElsewhere`, read by
/// `resolveCounterAccounts`). Invented wire copy; half the cases check what must stay alone.
@Suite struct BlamedElsewhereTests {
    static let actors = [
        organization("Zambia", kind: .country),
        DraftActor(name: "Zambian Energy Ministry", kind: .organization, affiliation: "Zambia", aliases: ["the ministry"]),
        organization("Copperbelt Power", "the company"),
        organization("Lusaka Rail Workers Union", "the union"),
        organization("Chile", kind: .country),
        organization("Andes Water", "the utility"),
    ]

    func denies(_ denier: String, _ raw: String) -> Bool {
        deniesAnAssertion(denier, in: raw, actors: Self.actors)
    }

    // MARK: Read

    @Test func theChargedCompanyBlamesTheDelayOnTheState() {
        #expect(denies("Copperbelt Power", """
            LUSAKA (Reuters) - Zambia's energy ministry on Monday accused Copperbelt Power of failing to finish a promised power station by the end of last year.

            Copperbelt Power blamed the delay on the ministry's failure to approve a grid connection for the site.
            """))
    }

    @Test func theChargedUtilityBlamesTheOutageOnAStorm() {
        #expect(denies("Andes Water", """
            SANTIAGO (AFP) - Chile accused Andes Water of neglecting its pipes in the capital, leaving 300,000 homes without water for three days.

            Andes Water blamed the outage on a storm that flooded its main treatment plant on Friday.
            """))
    }

    @Test func theChargedUtilityBlamesTheCutsOnDrought() {
        #expect(denies("Andes Water", """
            SANTIAGO (AFP) - Chile said Andes Water had illegally cut supplies to poor districts in the capital during the summer.

            Andes Water blamed the cuts on the worst drought in 60 years.
            """))
    }

    // MARK: Left alone

    @Test func blamingTheAccuserForSomethingNewIsNoDenial() {
        // "blamed X for Y" charges someone with a new matter: a counter-charge.
        #expect(!denies("Copperbelt Power", """
            LUSAKA (Reuters) - Zambia's energy ministry on Monday accused Copperbelt Power of failing to finish a promised power station by the end of last year.

            Copperbelt Power blamed the ministry for years of unpaid electricity bills.
            """))
    }

    @Test func aBlameByAThirdPartyIsNoDenial() {
        // The union is not the one charged.
        #expect(!denies("Lusaka Rail Workers Union", """
            LUSAKA (Reuters) - Zambia's energy ministry on Monday accused Copperbelt Power of failing to finish a promised power station by the end of last year.

            The Lusaka Rail Workers Union blamed the delay on the company's managers.
            """))
    }

    @Test func aBlameWithNoChargeBeforeItIsNoDenial() {
        #expect(!denies("Andes Water", """
            SANTIAGO (AFP) - Chile reported 300,000 homes without water for three days in the capital.

            Andes Water blamed the outage on a storm that flooded its main treatment plant on Friday.
            """))
    }

    @Test func theBlameOfAnIndefiniteMatterIsNoDenial() {
        // "blamed rising prices on …" tells no matter already told.
        #expect(!denies("Copperbelt Power", """
            LUSAKA (Reuters) - Zambia's energy ministry on Monday accused Copperbelt Power of failing to finish a promised power station by the end of last year.

            Copperbelt Power blamed rising copper prices on demand from China.
            """))
    }
}

/// Does a drafted dispute hold `denier` denying against at least one asserting side?
func deniesAnAssertion(_ denier: String, in raw: String, actors: [DraftActor]) -> Bool {
    let fixture = MentionFixture(raw, actors)
    return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        .contains { $0.contains("denies \(denier)") && $0.contains { $0.hasPrefix("asserts") } }
}
