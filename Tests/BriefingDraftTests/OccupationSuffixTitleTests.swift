import BriefingModel
import Testing
@testable import BriefingDraft

/// "Paula Soto, a hydrologist at the University of Chile, said": a specialist known by the
/// ending of her occupation's name is a person affiliated to the university, and she holds the
/// statement. Passages are invented.
@Suite struct OccupationSuffixTitleTests: NameProbing {
    @Test(arguments: ["hydrologist", "glaciologist", "oceanographer", "statistician"])
    func theSpecialistIsAPerson(word: String) {
        let result = find("SANTIAGO, June 2 (Reuters) - Chile declared a water emergency.\n\nPaula Soto, a \(word) at the University of Chile, said the lake was drying.")
        #expect(actor(result, "Paula Soto")?.affiliation == "University of Chile", "\(affiliations(result))")
    }

    @Test(arguments: ["biology", "technician's", "musical"])
    func otherWordsAreNoTitles(word: String) {
        #expect(!NameLexicon.isOccupationBySuffix(word))
    }
}
