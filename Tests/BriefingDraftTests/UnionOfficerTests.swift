import BriefingModel
import Testing
@testable import BriefingDraft

/// "The union's general secretary, Joseph Chileshe, said": the union's officer, not the
/// country's, even where the title's head made him an officer of the state. Passages are invented.
@Suite struct UnionOfficerTests: NameProbing {
    @Test func theOfficerIsTheUnions() {
        let result = find("LUSAKA, June 2 (Reuters) - The miners' union said it would strike next week. Zambia said it would not intervene.\n\nThe union's general secretary, Joseph Chileshe, said the offer was an insult.")
        #expect(actor(result, "Joseph Chileshe")?.affiliation == "Miners' union", "\(affiliations(result))")
    }

    @Test func aMinistersSecretaryKeepsTheCountry() {
        let result = find("LUSAKA, June 2 (Reuters) - Zambia said it would not intervene.\n\nThe ministry's permanent secretary, Joseph Chileshe, said talks should resume.")
        #expect(actor(result, "Joseph Chileshe")?.affiliation != "Miners' union", "\(affiliations(result))")
    }
}
