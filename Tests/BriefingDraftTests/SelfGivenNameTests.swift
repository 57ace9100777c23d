import BriefingModel
import Testing
@testable import BriefingDraft

/// "The militia, which calls itself the Ndeke Defence Front, said …": the description is the
/// self-named body, and "the group said" right after it is that body, not a company named
/// before (SelfGivenNames.swift). Invented text.
@Suite struct SelfGivenNameTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }
    func speakers(_ raw: String) -> [String] { draft(raw).quotes.map { "\($0.speaker ?? "-"): \($0.text)" } }

    @Test func theMilitiaIsTheNameItGivesItself() {
        let raw = """
            Kivu Alloys Ltd. said it had stopped work at the mine.
            The militia, which calls itself the Ndeke Defence Front, said it would block the road until the company paid compensation. "We will not let them poison our children," the group said.
            """
        let front = draft(raw).actors.first { $0.name == "Ndeke Defence Front" }
        #expect(front?.aliases.contains("the militia") == true, "\(draft(raw).actors.map { "\($0.name) \($0.aliases)" })")
        #expect(speakers(raw).contains("Ndeke Defence Front: We will not let them poison our children"), "\(speakers(raw))")
    }

    @Test func theGroupAfterTheCompanySpeaksStaysTheCompany() {
        // Must-not: when the company is the one speaking in the sentence before, "the group" is the company.
        let raw = """
            Kivu Alloys Ltd. said it had stopped work at the mine.
            The militia, which calls itself the Ndeke Defence Front, said it would block the road.
            Kivu Alloys Ltd. said it would pay. "We have always paid our share," the group said.
            """
        #expect(speakers(raw).contains("Kivu Alloys Ltd.: We have always paid our share"), "\(speakers(raw))")
    }
}
