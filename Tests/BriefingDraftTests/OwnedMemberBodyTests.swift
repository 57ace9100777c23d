import BriefingModel
import Testing
@testable import BriefingDraft

/// "The miners' union said …" with no union named: an unnamed body of members, which "the
/// union" later refers to. Passages are invented.
@Suite struct OwnedMemberBodyTests: NameProbing {
    @Test func theUnionIsAnOrganisationAndTheUnionItsAlias() {
        let result = find("LUSAKA, June 2 (Reuters) - The miners' union said it would strike next week.\n\nThe union said 4,000 workers would walk out.")
        let union = actor(result, "Miners' union")
        #expect(union?.kind == .organization, "\(names(result))")
        #expect(union?.aliases.contains("the union") == true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test(arguments: [
        "The miners' wages were cut last year, the company said.",
        "The National Union of Mineworkers said it would strike next week.",
    ])
    func noUnnamedBodyWithoutOne(line: String) {
        let result = find("LUSAKA, June 2 (Reuters) - \(line)")
        #expect(!result.actors.contains { $0.name.hasPrefix("Miners'") }, "\(names(result))")
    }
}
