import BriefingModel
import Testing
@testable import BriefingDraft

/// "Maldivian police said … Police spokeswoman Aishath Nazima said …": a force's noun that opens
/// a sentence before a spokesperson's title affiliates them to the drafted force whose name holds
/// it (OpeningForceTitles.swift). Invented text.
@Suite struct OpeningForceTitleTests: NameProbing {
    func affiliation(_ raw: String, _ name: String) -> String? {
        draftedActor(raw, name)?.affiliation
    }

    @Test func thePoliceSpokeswomanSpeaksForThePoliceNamedBefore() {
        let raw = "MALE, Maldives (AP) — Maldivian police said they had raided two offices on Monday.\n\nPolice spokeswoman Aishath Nazima said officers had seized documents."
        let force = Drafter.draft(raw, published: nil).actors.first { $0.kind == .organization && $0.name.lowercased().hasSuffix("police") }
        #expect(force != nil)
        #expect(affiliation(raw, "Aishath Nazima") == force?.name)
    }

    @Test func theArmyAndCoastGuardSpokesmen() {
        let raw = """
            The Kenyan army said it was ready to help. Army spokesman Ibrahim Latheef said soldiers would guard the port.

            The Kenya Coast Guard said it had stopped a boat. Coast guard spokesman Hassan Shareef said the crew had been arrested.
            """
        #expect(affiliation(raw, "Ibrahim Latheef")?.lowercased().hasSuffix("army") == true)
        #expect(affiliation(raw, "Hassan Shareef") == "Kenya Coast Guard")
    }

    @Test func noForceNamedNoneMadeUp() {
        // Must-not: with no police drafted, the spokeswoman is not given the company named before.
        let raw = "Tenmark Holdings said it had been raided on Monday.\n\nPolice spokeswoman Aishath Nazima said officers had seized documents."
        #expect(affiliation(raw, "Aishath Nazima") == nil)
    }
}
