import BriefingModel
import Testing
@testable import BriefingDraft

/// "the union" with no union named stands for no one, not for the company named last; a body
/// whose name says it has members may still be it. Passages are invented.
@Suite struct UnionNotCompanyTests: NameProbing {
    func aliases(_ body: String, _ name: String) -> [String] {
        let result = find("""
            LA PAZ, Aug 20 (AP) - About 2,000 miners walked off the job on Wednesday, demanding a 12% pay rise.

            \(body)

            The union said it would block the road between Oruro and La Paz on Friday.
            """)
        return actor(result, name)?.aliases ?? ["no \(name) in \(names(result))"]
    }

    @Test func theUnionIsNotTheStateCompany() {
        #expect(!aliases("The state-run Corporacion Minera de Bolivia said it had offered a 4% rise.", "Corporacion Minera de Bolivia").contains("the union"))
    }

    @Test func theUnionMayBeABodyOfMembers() {
        #expect(aliases("The Huanuni Mine Workers Federation said it had rejected a 4% rise.", "Huanuni Mine Workers Federation").contains("the union"))
    }
}
