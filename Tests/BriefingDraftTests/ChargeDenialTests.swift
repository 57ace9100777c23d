import BriefingModel
@testable import BriefingDraft
import Testing

/// The accused answer the charges: "pleaded not guilty", "denied wrongdoing", "denies all
/// charges" point back at the accusation made before, and names joined by "and" before the
/// verb each deny ("A, and B, who are tried with him, also denied wrongdoing"). Found by
/// sorting the dispute sides no sentence gave (held-out sets C, G, J and L). The sentences are
/// invented; each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func aDenialOfWrongdoingAnswersTheChargeBeforeIt() throws {
        let found = disputes("""
            Harbor Watch says the port's managers paid twice the market price for six cranes bought in 2021.

            Tomas Lind denied wrongdoing.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Tomas Lind"])
        #expect(PositionFinder.deniesCharges(after: 1, segment: 0..<4, tokens: tokens("Lind denies all charges")))
        // A denial of a named thing is no denial of the charges.
        #expect(!PositionFinder.deniesCharges(after: 1, segment: 0..<4, tokens: tokens("Lind denied the meeting")))
    }

    @Test func namesJoinedByAndEachTakeTheVerb() {
        #expect(stances("""
            His former deputy, Anna Berg, and the ministry's spokesman, Tomas Lind, who are tried with him, also denied wrongdoing.
            """).sorted() == ["denies Anna Berg", "denies Tomas Lind"])
        // Two clauses, not one subject: only the second clause's subject denies.
        #expect(stances("""
            Southland is a close ally of Northland, and Harbor Watch has denied the report.
            """) == ["denies Harbor Watch"])
        // A name that only modifies ("Harbor Watch director Anna Berg") is not a subject.
        #expect(stances("""
            Harbor Watch director Anna Berg and Tomas Lind denied the report.
            """).sorted() == ["denies Anna Berg", "denies Tomas Lind"])
    }

    func tokens(_ raw: String) -> [ParagraphView.Token] {
        AttributionCache.shared.text(for: MentionFixture(raw, actors).text, actors: actors, mentions: MentionFixture(raw, actors).mentions).paragraphs[0].tokens
    }
}
