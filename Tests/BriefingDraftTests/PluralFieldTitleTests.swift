import BriefingModel
import Testing
@testable import BriefingDraft

/// A title opening with the plural noun of its field ("Drugs Controller General", "Mines
/// Inspector") is one title, not a body "Drugs" and a title. Passages are invented.
@Suite struct PluralFieldTitleTests: NameProbing {
    @Test(arguments: [
        ("Drugs Controller General Rajeev Raghuvanshi said the syrup contained a toxic solvent.", "Rajeev Raghuvanshi", "Drugs"),
        ("Mines Inspector Anil Kumar said a separate inquiry would report next week.", "Anil Kumar", "Mines"),
    ])
    func theFieldWordIsPartOfTheTitle(line: String, person: String, field: String) {
        let result = find("NEW DELHI, June 2 (Reuters) - Regulators ordered a recall on Tuesday.\n\n\(line)")
        #expect(actor(result, person)?.role?.hasPrefix(field) == true, "\(affiliations(result))")
        #expect(actor(result, field) == nil, "\(names(result))")
    }

    @Test func aBodyNamedByAFieldWordStaysABody() {
        let result = find("LUSAKA, June 2 (Reuters) - Konkola Mines said on Tuesday output had fallen.")
        #expect(actor(result, "Konkola Mines") != nil, "\(names(result))")
    }
}
