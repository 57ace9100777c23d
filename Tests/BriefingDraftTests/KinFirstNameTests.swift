import BriefingModel
import Testing
@testable import BriefingDraft

/// A kin noun after a possessive, then a first name alone between commas ("Her husband,
/// Peter,") names that relative, who then speaks for "he said". Passages are invented.
@Suite struct KinFirstNameTests: NameProbing {
    @Test func theRelativeIsAPersonAndSpeaks() {
        let raw = """
            Floods in Malawi

            BLANTYRE, June 2 (AP) - Floods have left thousands homeless in southern Malawi.

            Grace Banda, 54, stood outside what was left of her house. Her husband, Peter, nodded.

            "We lost everything," he said.
            """
        let draft = Drafter.draft(raw, published: nil)
        #expect(draft.actors.contains { $0.name == "Peter" && $0.kind == .person }, "\(draft.actors.map(\.name))")
        #expect(draft.quotes.first { $0.text.hasPrefix("We lost") }?.speaker == "Peter", "\(draft.quotes.map { "\($0.speaker ?? "-"): \($0.text)" })")
    }

    @Test(arguments: [
        "Her house, Kasungu, was flooded.",
        "The village chief, Peter, was away.",
    ])
    func noKinNounNoRelative(line: String) {
        let result = find("BLANTYRE, June 2 (AP) - Floods hit the south.\n\n\(line)")
        #expect(actor(result, "Kasungu") == nil, "\(names(result))")
        #expect(actor(result, "Peter")?.role.map { NameFinding.kinNouns.contains($0) } != true, "\(affiliations(result))")
        #expect(!result.actors.contains { $0.role == "house" }, "\(affiliations(result))")
    }
}
