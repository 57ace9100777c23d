import BriefingModel
import Testing
@testable import BriefingDraft

/// A short form built from a name's syllables, in parentheses after it ("Petroleos Mexicanos
/// (Pemex)"), is an alias as an acronym is. Passages are invented.
@Suite struct ParentheticalShortFormTests: NameProbing {
    @Test(arguments: [
        ("Petroleos Mexicanos (Pemex) said it had offered a 4% rise.", "Petroleos Mexicanos", "Pemex"),
        ("Minera Andina (Miand) said the mine would reopen on Monday.", "Minera Andina", "Miand"),
    ])
    func aSyllableShortFormIsAnAlias(line: String, name: String, alias: String) {
        let result = find("LA PAZ, Aug 20 (AP) - Miners walked off the job on Wednesday.\n\n\(line)\n\n\(alias) later said talks would resume.")
        #expect(actor(result, name)?.aliases.contains(alias) == true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test func aWordThatDoesNotAbbreviateTheNameIsNoAlias() {
        let result = find("LA PAZ, Aug 20 (AP) - Andes Tin Mining Company (Bolivia) said it had offered a 4% rise.")
        #expect(actor(result, "Andes Tin Mining Company")?.aliases.contains("Bolivia") != true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }
}
