import BriefingModel
import Testing
@testable import BriefingDraft

/// "The head of Uganda's fisheries authority, Moses Kato, said": a title whose "of"-phrase names
/// a body in lower case holds the name after the comma (TitleOfLowercaseBody.swift). Invented text.
@Suite struct TitleOfLowercaseBodyTests: NameProbing {
    @Test(arguments: [
        ("The head of Uganda's fisheries authority, Moses Kato, said the boats had been fishing illegally.", "Moses Kato", "head"),
        ("The director of the national parks agency, Mary Wambui, said the lions were safe.", "Mary Wambui", "director"),
        ("The deputy head of the Tanzanian fisheries authority, John Okello, said the lake was safe.", "John Okello", "deputy head"),
    ]) func theNameAfterTheBodyIsItsHead(_ raw: String, _ name: String, _ role: String) {
        let person = draftedActor(raw, name)
        #expect(person?.kind == .person)
        #expect(person?.role == role, "\(String(describing: person))")
    }

    @Test func theOwnerIsTheAffiliation() {
        let raw = "Kenya accused Uganda of seizing boats. The head of Uganda's fisheries authority, Moses Kato, said the boats had been fishing illegally."
        let kato = draftedActor(raw, "Moses Kato")
        #expect(kato?.role == "head")
        #expect(kato?.affiliation == "Uganda", "\(String(describing: kato))")
    }

    @Test(arguments: [
        // Must-not: no title before "of": the name is the unit's own.
        ("A unit of the company, Sinar Metals, said it would appeal.", "Sinar Metals"),
        // Must-not: a body's kind beside its name.
        ("Her management company, Global Elite Sports, said she would rest.", "Global Elite Sports"),
    ]) func aBodyBesideItsKindStaysABody(_ raw: String, _ name: String) {
        #expect(draftedActor(raw, name)?.kind == .organization)
    }
}
