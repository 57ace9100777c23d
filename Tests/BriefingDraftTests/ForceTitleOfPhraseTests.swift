import BriefingModel
import Testing
@testable import BriefingDraft

/// "Deputy Inspector General of Police Geoffrey Tumusiime said": a rank title runs on over the
/// service it is "of", and the name after it is a person (ForceTitleOfPhrase.swift). Invented text.
@Suite struct ForceTitleOfPhraseTests: NameProbing {
    @Test(arguments: [
        ("Deputy Inspector General of Police Geoffrey Tumusiime said the officers had acted lawfully.", "Geoffrey Tumusiime", "Deputy Inspector General of Police"),
        ("Commissioner of Prisons Ann Mutua said the inmates were safe.", "Ann Mutua", "Commissioner of Prisons"),
    ]) func theOfficerIsAPerson(_ raw: String, _ name: String, _ role: String) {
        let officer = draftedActor(raw, name)
        #expect(officer?.kind == .person)
        #expect(officer?.role == role, "\(String(describing: officer))")
        #expect(!names(find(raw)).contains { $0.hasPrefix("Police ") || $0.hasPrefix("Prisons ") })
    }

    @Test func withNoNameAfterTheServiceStaysATitle() {
        // Must-not: no holder named, so "of Police" is no person.
        let raw = "The Inspector General of Police said officers would be deployed."
        #expect(!names(find(raw)).contains { $0.contains("of Police") })
    }

    @Test func aCountryAfterOfIsNoService() {
        // Must-not: a country is not read as a service.
        let raw = "Attorney General of Kenya Justin Muturi said the law was clear."
        #expect(draftedActor(raw, "Justin Muturi")?.role != "Attorney General of Kenya")
    }
}
