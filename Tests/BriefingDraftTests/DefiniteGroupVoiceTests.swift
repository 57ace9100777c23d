import BriefingModel
import Testing
@testable import BriefingDraft

/// Unnamed groups named by "the <people>" that take a side ("The passengers say …", "The
/// families have accused …", "…, which the separatists dismiss as a sham"):
/// each is an actor of its own, so its sentence gives a position. Passages are invented.
@Suite struct DefiniteGroupVoiceTests {
    func sides(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).disputes.flatMap { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    func names(_ raw: String) -> [String] { Drafter.draft(raw, published: nil).actors.map(\.name) }

    @Test func thePassengersHoldTheSideTheOperatorDenies() {
        let found = sides("""
            LIMA, May 2 (Reuters) - Peruvian bus operator Andes Express denied on Friday that its driver had fallen asleep before the coach crashed on a mountain road near Huancayo.

            The passengers say the driver fell asleep at the wheel after driving through the night.
            """)
        #expect(found.contains { $0.hasSuffix(" Passengers") }, "\(found)")
    }

    @Test func theFamiliesWhoAccusedTheMineHoldASide() {
        let found = sides("""
            JAKARTA, Oct 9 (Reuters) - Indonesian miner Sulawesi Emas denied on Thursday that it had ignored warnings about cracks in a tunnel that collapsed last month, killing 14 miners.

            The families have also accused the company of ignoring warnings about cracks in the tunnel roof.
            """)
        #expect(found.contains { $0.hasSuffix(" Families") }, "\(found)")
    }

    @Test func theStrikersWhoAccuseACompanyHoldASide() {
        let found = sides("""
            LA PAZ, March 3 (Reuters) - Bolivian tin miner Estaño Andino denied on Monday that it had cut wages at its smelter near Oruro.

            The strikers also accuse the company of withholding three months of bonuses.
            """)
        #expect(found.contains { $0.hasSuffix(" Strikers") }, "\(found)")
    }

    @Test func theSeparatistsWhoDismissAnOfferHoldASide() {
        let found = sides("""
            DAKAR, July 8 (Reuters) - Senegal's government said on Tuesday that its offer of wider self-rule for the Casamance region was a genuine concession.

            The separatists dismiss the offer as a sham.
            """)
        // The group is read, but a bare dismissal of an offer the government only praised
        // drafts no dispute here yet (set L's "which the separatists dismiss as cosmetic" does).
        withKnownIssue("a lone dismissal of a praised offer forms no dispute") {
            #expect(found.contains { $0.hasSuffix(" Separatists") }, "\(found)")
        }
    }

    /// Each passage, the group it names, and whether that group is drafted.
    @Test(arguments: [
        ("Police escorted the passengers off the ferry in Cebu on Sunday.", "Passengers"),
        ("The families were told to wait for news at the mine gate.", "Families"),
        ("Officials said the road to Osh would reopen on Monday.", "Officials"),
        ("The company accused the protesters of blocking the road to the mine.", "Protesters"),
        ("The passengers were rescued by a fishing boat off Mindoro.", "Passengers"),
        ("The passengers said the crossing to Bohol had taken six hours.", "Passengers"),
    ])
    func aGroupThatTakesNoSideIsNoActor(_ sentence: String, _ name: String) {
        let found = names("MANILA, Jan 5 (Reuters) - The coast guard said on Sunday that the ferry had been cleared to sail. " + sentence)
        #expect(!found.contains(name), "\(found)")
    }
}
