import BriefingModel
import Testing
@testable import BriefingDraft

/// A country's body named in lower case speaks for itself, not for the country: "The Ugandan
/// police force said", "Uganda's fisheries authority cast doubt", "Tanzania's livestock ministry
/// said" (OwnedBodies.swift, Lexicon.swift). Invented text.
@Suite struct OwnedStateBodyTests: NameProbing {
    @Test(arguments: [
        ("Kenyan police said officers had crossed. The Ugandan police force said it had no knowledge of any crossing.", "Ugandan Police Force"),
        ("Kenya said the boats were worth millions. Uganda's fisheries authority cast doubt on that estimate.", "Ugandan Fisheries Authority"),
        ("Kenya said 400 cattle were stolen. Tanzania's livestock ministry said the figure was wrong.", "Tanzanian Livestock Ministry"),
        // After a name ending in "s" the possessive is a bare apostrophe.
        ("Moroni (AFP) - Comoros' health ministry on Thursday denied that a shortage of oxygen caused the deaths.", "Comoran Health Ministry"),
        ("Nicaragua said the trawlers had left. Honduras’ fisheries directorate said it had no reports of them.", "Honduran Fisheries Directorate"),
    ]) func theBodyIsDrafted(_ raw: String, _ name: String) {
        #expect(draftedActor(raw, name)?.kind == .organization, "\(names(find(raw)))")
    }

    @Test func aForceThatIsNoPoliceStaysOut() {
        // Must-not: "force" runs on only after "police".
        let raw = "Kenya protested. The Ugandan army force said nothing."
        #expect(!names(find(raw)).contains { $0.hasSuffix("Army Force") })
    }

    @Test func aMinistryThatDoesNotActMakesNoBody() {
        // Must-not: a ministry that does not act (no verb after it) is no body of its own.
        let raw = "Kenya protested to Tanzania's livestock ministry officials."
        #expect(draftedActor(raw, "Tanzanian Livestock Ministry") == nil)
    }

    @Test func anApostropheInsideANameStaysThere() {
        // Must-not: "Young Lawyers’ Association" is one name, not the lawyers' association.
        let raw = "TBILISI (Reuters) - The Georgian Young Lawyers’ Association said more than 500 people had been detained."
        #expect(names(find(raw)).contains("Georgian Young Lawyers’ Association"), "\(names(find(raw)))")
    }
}
