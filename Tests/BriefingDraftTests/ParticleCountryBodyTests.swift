import BriefingModel
import Testing
@testable import BriefingDraft

/// Unknown capitals, a Romance "de" and a country ending the run are one body's name
/// ("Corporacion Minera de Bolivia"), with a short form after it as its alias. Passages are invented.
@Suite struct ParticleCountryBodyTests: NameProbing {
    @Test(arguments: [
        "The company, Corporacion Minera de Bolivia, said it would appeal.",
        "Corporacion Minera de Bolivia said it would appeal.",
    ])
    func theBodyIsDrafted(line: String) {
        let result = find("LA PAZ, June 2 (Reuters) - Bolivia fined a mining company on Tuesday.\n\n\(line)")
        #expect(actor(result, "Corporacion Minera de Bolivia")?.kind == .organization, "\(names(result))")
    }

    @Test func itsShortFormIsAnAlias() {
        let result = find("LA PAZ, June 2 (Reuters) - Corporacion Minera de Bolivia (Comibol) said the dam had held.")
        #expect(actor(result, "Corporacion Minera de Bolivia")?.aliases.contains("Comibol") == true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test(arguments: [
        "Officials met in Santiago de Chile on Monday to discuss the dam.",
        "Officials from Bolivia met on Monday to discuss the dam.",
    ])
    func aCityOrACountryAloneIsNoBody(line: String) {
        let result = find("LA PAZ, June 2 (Reuters) - \(line)")
        #expect(!result.actors.contains { $0.kind == .organization && $0.name.hasSuffix(" de Chile") }, "\(names(result))")
        #expect(!names(result).contains("Officials from Bolivia"), "\(names(result))")
    }
}
