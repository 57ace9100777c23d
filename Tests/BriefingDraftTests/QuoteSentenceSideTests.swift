import BriefingModel
@testable import BriefingDraft
import Testing

/// A quote that runs on past its verb of saying ("“…,” he said. “I did not see a single soldier
/// among them.”"): its later sentences carry the speaker's position as much as the first.
/// Every passage is invented. The forms read already guard against regressions; the forms
/// where the later sentence's own stance is lost are known issues (the speaker keeps the
/// stance of the sentence with the verb of saying).
@Suite struct QuoteSentenceSideTests {
    static let actors = [
        organization("Veldra", kind: .country),
        organization("Veldran Army", "the army"),
        organization("Korvash Hydro", "the company"),
        organization("Veldran Ministry of Water", "the ministry"),
        organization("Observer Mission", "the mission"),
        organization("Electoral Board", "the board"),
        DraftActor(name: "Anika Morrow", kind: .person, role: "spokeswoman", affiliation: "Veldran Ministry of Water", aliases: ["Morrow"]),
        DraftActor(name: "Pavel Ostrin", kind: .person, role: "chief executive", affiliation: "Korvash Hydro", aliases: ["Ostrin"]),
        DraftActor(name: "Tomas Rell", kind: .person, aliases: ["Rell"]),
        DraftActor(name: "Henrik Sand", kind: .person, role: "chief observer", affiliation: "Observer Mission", aliases: ["Sand"]),
    ]

    /// Its `sides` are ones that one drafted dispute must hold together, among others.
    typealias Case = DisputeProbeTests.Case

    static func disputes(_ raw: String) -> [[String]] {
        MentionFixture(raw, actors).disputeSides
    }

    static let cases: [Case] = [
        Case(name: "denial in the quote's second sentence, after 'said in a statement'", text: """
            The Veldran Ministry of Water said on Monday that Korvash Hydro had released sludge from its dam into the Osel River.
            Korvash Hydro denied the accusation. "We opened the gates for a routine flush that the ministry itself approved," chief executive Pavel Ostrin said in a statement. "No sludge left the reservoir."
            """, sides: ["asserts Veldran Ministry of Water", "denies Korvash Hydro"]),
        Case(name: "claim carried by the quote's second sentence, spokeswoman told reporters", text: """
            The Veldran Ministry of Water said on Monday that Korvash Hydro had released sludge from its dam into the Osel River.
            "Our inspectors took samples at six points below the dam," ministry spokeswoman Anika Morrow told reporters. "Every one of them showed sludge from the reservoir floor."
            Korvash Hydro denied the accusation.
            """, sides: ["asserts Veldran Ministry of Water", "denies Korvash Hydro"]),
        Case(name: "witness's second sentence denies the army's account ('I did not see a single soldier')", text: """
            The Veldran Army said an air strike on the village of Dunmere had hit a rebel camp.
            A resident, Tomas Rell, said he had helped pull bodies from the rubble of the school. "We buried 20 people by the afternoon," he said. "I did not see a single soldier among them."
            """, sides: ["asserts Veldran Army", "denies Tomas Rell"], gap: true),
        Case(name: "observer's second sentence doubts the count ('we cannot vouch for')", text: """
            The Electoral Board declared the governing party the winner of the vote with 58 percent.
            "We are not saying the outcome would have been different," chief observer Henrik Sand said. "But we cannot vouch for numbers we were not allowed to see."
            """, sides: ["asserts Electoral Board", "questions Henrik Sand"], gap: true),
        Case(name: "a fragment in scare quotes is no side", text: """
            The Veldran Ministry of Water praised Korvash Hydro as an "old friend" of the river.
            """, sides: []),
    ]

    @Test(arguments: cases) func probe(_ probe: Case) {
        let drafted = Self.disputes(probe.text)
        let check = {
            if probe.sides.isEmpty {
                #expect(drafted.isEmpty, "\(drafted)")
            } else {
                #expect(drafted.contains { dispute in probe.sides.allSatisfy(dispute.contains) }, "\(drafted)")
            }
        }
        if probe.gap {
            withKnownIssue("not read yet: \(probe.name)") { check() }
        } else {
            check()
        }
    }
}
