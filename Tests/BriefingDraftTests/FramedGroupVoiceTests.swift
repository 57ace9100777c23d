import BriefingModel
import Testing
@testable import BriefingDraft

/// Unnamed groups that speak from inside their sentence: after an opening place or time, as
/// the antecedent of a relative clause that speaks, with a number before them, or past an
/// aside on how they spoke. Forms read off set R's misses; the passages are invented.
@Suite struct FramedGroupVoiceTests {
    func names(_ raw: String) -> [String] { Drafter.draft(raw, published: nil).actors.map(\.name) }

    /// Each sentence, the group it names, and whether that group speaks there.
    @Test(arguments: [
        ("In Lagos, opposition lawmakers accused the central bank of hiding the true cost of the currency swap.", "Opposition lawmakers", true),
        ("On Friday, critics said the new levy would hit the poorest households hardest.", "Critics", true),
        ("The minister was responding to rights groups, who accused the police of firing on unarmed protesters in Dhaka.", "Rights groups", true),
        ("Two analysts who follow the Chilean copper sector said the output figures had been revised twice.", "Analysts", true),
        ("Diplomats, speaking on condition of anonymity, said the Geneva talks had stalled over sanctions relief.", "Diplomats", true),
        ("Economists in Karachi, speaking privately, said the central bank had sold dollars to hold up the rupee.", "Economists", true),
        ("In Lima, lawmakers were told to wait for the audit.", "Lawmakers", false),
        ("On Monday, critics of the plan gathered outside parliament in Nairobi.", "Critics", false),
        ("The minister met opposition lawmakers, who left the building without comment.", "Opposition lawmakers", false),
        ("In 2019, economists expected growth in Ghana to slow.", "Economists", false),
        ("Shoppers crowded the market in Cairo on Saturday.", "Shoppers", false),
    ])
    func aFramedGroupThatSpeaksIsAVoice(_ sentence: String, _ name: String, _ speaks: Bool) {
        let found = names("The ministry said on Monday that prices were stable. " + sentence)
        #expect(found.contains(name) == speaks, "\(found)")
    }

    @Test func shoppersAtAMarketTellingAnotherStoryHoldTheOtherSide() {
        let draft = Drafter.draft("""
            DAR ES SALAAM, March 4 (Reuters) - Tanzania's statistics office said on Tuesday that food prices fell 2% in February.

            Shoppers at the Kariakoo market told a different story, saying the price of maize flour had doubled since January.
            """, published: nil)
        let sides = draft.disputes.flatMap { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        #expect(sides.contains("denies Shoppers"), "\(sides)")
    }

    @Test func aVerbBeforeTheVoiceIsNoPartOfIt() {
        let found = names("The minister said the march was lawful. He was answering rights groups, who accused the police of firing on protesters in Dhaka.")
        #expect(found.contains("Rights groups") && !found.contains { $0.hasPrefix("Answering") }, "\(found)")
    }

    @Test func aNumberCountsTheVoiceButDoesNotNameIt() {
        let found = names("The ministry said the index was sound. Three economists who have advised the government said the index was flawed.")
        #expect(found.contains("Economists") && !found.contains { $0.hasPrefix("Three") }, "\(found)")
    }

    @Test func theVoiceOfARelativeClauseHoldsTheClaimItsAnswerDenies() {
        let draft = Drafter.draft("""
            NAIROBI, May 6 (Reuters) - Kenya's treasury said on Tuesday that the proceeds of its latest eurobond had been used only to repay maturing debt.

            The treasury was responding to opposition lawmakers, who accused it of diverting part of the money to a road contract awarded without a tender.

            Treasury spokeswoman Grace Wanjiru said there was no evidence that any of the money had been diverted.
            """, published: nil)
        let sides = draft.disputes.flatMap { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        #expect(sides.contains("asserts Opposition lawmakers"), "\(sides)")
        #expect(sides.contains { $0.hasPrefix("denies") }, "\(sides)")
    }
}
