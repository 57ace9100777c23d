import BriefingModel
import Testing
@testable import BriefingDraft

/// "Samuel Otieno, who heads the opposition Orange Democratic Movement, said": heading a named
/// body in a relative clause gives the person a role and the body (RelativeHeadOfBody.swift).
/// Invented text.
@Suite struct RelativeHeadOfBodyTests: NameProbing {
    @Test(arguments: [
        ("Samuel Otieno, who heads the opposition Orange Democratic Movement, said the government had failed.", "Samuel Otieno", "Orange Democratic Movement"),
        ("John Kamau, who runs the Kenya Fishermen Association, said boats were seized.", "John Kamau", "Kenya Fishermen Association"),
    ]) func theHeadBelongsToTheBody(_ raw: String, _ name: String, _ body: String) {
        let person = draftedActor(raw, name)
        #expect(person?.kind == .person)
        #expect(person?.affiliation == body, "\(String(describing: person))")
    }

    @Test(arguments: [
        // Must-not: no named body after the verb.
        "Mary Akinyi, who leads a protest group in Kisumu, said the patrols must stop.",
        // Must-not: a part of the body, not the body, is headed.
        "Mary Akinyi, who heads the Cambodian Fisheries Administration's office in Kratie province, said fish were dying.",
    ]) func noBodyHeadedGivesNone(_ raw: String) {
        let person = draftedActor(raw, "Mary Akinyi")
        #expect(person?.kind == .person)
        #expect(person?.affiliation == nil, "\(String(describing: person))")
    }
}
