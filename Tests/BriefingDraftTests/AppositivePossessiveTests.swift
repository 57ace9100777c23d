import BriefingModel
import Testing
@testable import BriefingDraft

/// "Torres, his fiercest critic, disagreed. “…,” she said.": the "his" that opens an appositive
/// after a name is another man's, so it is no evidence that the named person is a man. Invented text.
@Suite struct AppositivePossessiveTests {
    func speakers(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
    }

    @Test func sheSaidAfterAnAppositiveHisStaysWithTheWomanNamed() {
        let raw = """
            Lawmaker Ana Torres said the government had ignored warnings.
            Mining minister Patrice Kabila said the government had acted. Torres, his fiercest critic in parliament, disagreed. "That is simply untrue," she said.
            """
        #expect(speakers(raw).contains("Ana Torres: That is simply untrue"), "\(speakers(raw))")
    }

    @Test func aHisInsideTheSentenceStillShowsTheNamedMan() {
        // Must-not: "Okafor said his …" still shows Okafor a man, so "she said" passes over him.
        let raw = """
            Mayor Clara Ostrova rejected the accusation on Monday.
            Governor Ivan Okafor said his office had asked the auditor to look at the accounts.
            "We have nothing to hide," she said.
            """
        #expect(speakers(raw).contains("Clara Ostrova: We have nothing to hide"), "\(speakers(raw))")
    }
}
