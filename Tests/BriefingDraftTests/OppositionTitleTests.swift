import BriefingModel
import Testing
@testable import BriefingDraft

/// "Opposition lawmaker Ana Torres": a state title held in the opposition gives the person no
/// country affiliation, which would put her in the government's camp (OppositionTitles.swift).
/// Invented text.
@Suite struct OppositionTitleTests: NameProbing {
    @Test(arguments: [
        "Kenya's government raised fuel taxes on Monday. Opposition lawmaker Ana Torres said the increase would hurt farmers.",
        "Kenya's government raised fuel taxes on Monday. Ana Torres, an opposition senator, said the increase would hurt farmers.",
    ]) func anOppositionLawmakerIsNotTheCountrys(_ raw: String) {
        let result = find(raw)
        #expect(actor(result, "Ana Torres") != nil && actor(result, "Ana Torres")?.affiliation == nil, "\(affiliations(result))")
    }

    @Test(arguments: [
        "Kenya's government raised fuel taxes on Monday. Lawmaker Ana Torres said the increase would hurt farmers.",
        "Kenya's government raised fuel taxes on Monday. Ana Torres, a senator who opposed the tax, said the increase would hurt farmers.",
    ]) func aLawmakerNotMarkedAsOppositionKeepsTheCountry(_ raw: String) {
        let result = find(raw)
        #expect(actor(result, "Ana Torres")?.affiliation == "Kenya", "\(affiliations(result))")
    }
}
