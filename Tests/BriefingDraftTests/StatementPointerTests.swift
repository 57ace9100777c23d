import BriefingModel
@testable import BriefingDraft
import Testing

/// "dismissed the union's statement as “old news”": a denial naming what another said by its word
/// for a statement points back at it and names its speaker, whose own words, a denial only by
/// their "not", are then the claim (`Disputes/StatementPointers.swift`). "said in a statement" is
/// the carrier of one's own words, no pointer. Every sentence invented.
@Suite struct StatementPointerTests {
    static let text = """
        Kenyan tea pickers

        NAIROBI (Reuters) - A labour ministry spokesman, Daniel Otieno, said on Monday that the ministry takes every complaint from tea pickers seriously.

        The Kenya Plantation and Agricultural Workers Union said that pickers on the Kericho estates had not received a pay rise since 2022.

        """

    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func theNamedStatementIsTheClaimAnswered() {
        let found = sides(Self.text + """
            Peter Kiprono, who runs the largest estate, dismissed the union's statement as "old news", saying wages had been raised by 12 percent in January.
            """)
        let union = "Kenya Plantation and Agricultural Workers Union"
        #expect(found.contains { $0.contains("asserts \(union)") && $0.contains("denies Peter Kiprono") }, "\(found)")
        #expect(!found.contains { $0.contains("denies \(union)") && $0.contains("denies Peter Kiprono") }, "\(found)")
    }

    @Test func withoutAnAnswerTheNegatedClauseStillDenies() {
        let positions = Drafter.positions(in: TextSplitter.split(Self.text + """
            Peter Kiprono, who runs the largest estate, said wages had been raised by 12 percent in January.
            """))
        #expect(positions.filter { $0.actor == "Kenya Plantation and Agricultural Workers Union" }.map(\.stance) == [.denies])
    }

    @Test(arguments: [
        ("dismissed the union 's statement as old news", "statement", true),
        ("rejected his remarks", "remarks", true),
        ("disputed those comments", "comments", true),
        // The statement that carries the speaker's own words.
        ("denied the claim in a statement", "statement", false),
        ("denied it in its statement to reporters", "statement", false),
        ("said in comments to reporters", "comments", false),
    ])
    func readsWhatIsPointedAt(_ words: String, _ noun: String, _ points: Bool) throws {
        var lowers = words.split(separator: " ").map(String.init)
        // The tokenizer keeps a possessive on its word ("union's").
        if let s = lowers.firstIndex(of: "'s") { lowers[s - 1] += "'s"; lowers.remove(at: s) }
        let offset = try #require(lowers.firstIndex(of: noun))
        #expect(PositionFinder.pointsAtStatement(lowers, at: offset) == points, "\(words)")
    }
}
