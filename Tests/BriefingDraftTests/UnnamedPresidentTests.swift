import BriefingModel
import Testing
@testable import BriefingDraft

/// "the president had ordered reinforcements" where the text names no president: the office
/// holder of the country in context, as a person named by the office.
extension NameCauseTests {
    @Test func anUnnamedPresidentWhoActsIsTheOfficeHolder() throws {
        let result = find("Gabon said on Monday that rebels had attacked a border post. Gabon's army said four soldiers died. The minister said the president had ordered reinforcements to the region.")
        let president = try #require(actor(result, "President of Gabon"))
        #expect(president.kind == .person)
        #expect(president.role == "president")
        #expect(president.affiliation == "Gabon")
        // A named president is the one meant; "the president of the league" is no head of state.
        let named = find("Gabon said on Monday that rebels had attacked a border post. President Ali Bongo spoke to troops. The minister said the president had ordered reinforcements.")
        #expect(actor(named, "President of Gabon") == nil)
        let league = find("Gabon said on Monday that rebels had attacked a border post. The president of the league said games would go ahead.")
        #expect(actor(league, "President of Gabon") == nil)
    }
}
