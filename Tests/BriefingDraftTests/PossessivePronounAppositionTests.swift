import BriefingModel
import Testing
@testable import BriefingDraft

/// "Kari Moen, his lawyer, said …": a name set beside a title that a possessive pronoun opens is
/// a person with that role (PossessivePronounApposition.swift). Invented text.
@Suite struct PossessivePronounAppositionTests: NameProbing {
    @Test(arguments: [
        "Lars Berg appeared in court on Monday. Kari Moen, his lawyer, said the charges were baseless.",
        "Lars Berg appeared in court on Monday. Kari Moen, his longtime lawyer, said the charges were baseless.",
    ]) func theNameBesideHisLawyerIsALawyer(_ raw: String) {
        let moen = draftedActor(raw, "Kari Moen")
        #expect(moen?.kind == .person)
        #expect(moen?.role?.hasSuffix("lawyer") == true)
    }

    @Test func theLawyerSpeaks() {
        let raw = "Lars Berg appeared in court on Monday. Kari Moen, his lawyer, said: \"My client is innocent.\""
        let quote = Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix("My client") }
        #expect(quote?.speaker == "Kari Moen", "\(String(describing: quote))")
    }

    @Test func hisWifeIsNoTitle() {
        // Must-not: "his wife" names no office, so no role is read from it.
        let raw = "Lars Berg appeared in court on Monday. Tora Aas, his wife, said he was innocent."
        #expect(draftedActor(raw, "Tora Aas")?.role == nil)
    }
}
