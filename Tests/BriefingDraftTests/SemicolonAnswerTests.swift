import BriefingModel
@testable import BriefingDraft
import Testing

/// Two speakers' clauses joined by a semicolon answer each other when the second speaker is the
/// one the first names, or both count (`Disputes/SemicolonAnswers.swift`); spelled-out numbers
/// count (`Disputes/SpelledCounts.swift`); a rights commission is no camp of its country's police
/// (`Disputes/OversightBodies.swift`). Every sentence invented.
@Suite struct SemicolonAnswerTests {
    static let lead = """
        Kenyan police accused over protest deaths

        NAIROBI (Reuters) - Kenyan police broke up a protest outside parliament on Tuesday.

        """

    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func theNamedPartyAnswersAfterTheSemicolon() {
        let found = sides(Self.lead + """
            Critics say the government has failed to punish officers over earlier deaths; the government says every case is under investigation.
            """)
        #expect(found.contains { $0.contains("asserts Critics") && $0.contains("denies Kenya") }, "\(found)")
    }

    @Test(arguments: ["Amnesty International", "the Kenya Human Rights Commission"])
    func aRivalCountAfterTheSemicolonDenies(_ counter: String) {
        let found = sides(Self.lead + """
            Police said two people died in the clashes; \(counter) put the toll at 14.
            """)
        #expect(found.contains { $0.contains("asserts Kenyan Police") && $0.contains { $0.hasPrefix("denies") } }, "\(found)")
    }

    @Test(arguments: [
        "The interior ministry said the march would go ahead on Friday; Amnesty International said it would send observers.",
        "Police said two people died in the clashes; Amnesty International said it would send observers to the funerals.",
    ])
    func clausesThatOnlyFollowEachOtherStayApart(_ sentence: String) {
        let found = sides(Self.lead + sentence)
        #expect(found.isEmpty, "\(found)")
    }
}
