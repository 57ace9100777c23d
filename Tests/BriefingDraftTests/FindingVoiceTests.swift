import BriefingModel
@testable import BriefingDraft
import Testing

/// A finding speaks: "the court ruled that …", "a report by X found that …" asserts what the
/// court, judge or document's author holds true, and a denial answers it. Found by sorting the
/// dispute sides no sentence gave (held-out sets C, D, I, J and L). The sentences are invented;
/// each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    func disputesWithCourt(_ raw: String) -> [DraftDispute] {
        let fixture = MentionFixture(raw, actors + [organization("Supreme Court")])
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
    }

    @Test func aRulingAssertsWhatTheCourtFound() throws {
        let found = disputesWithCourt("""
            The Supreme Court ruled on Monday that Southland had breached the 1998 fishing treaty.

            Southland rejected the ruling, saying its boats had kept to their own waters.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Supreme Court", "denies Southland"])
    }

    @Test func aReportSpeaksForItsAuthor() throws {
        let found = disputes("""
            A report published on Monday by Harbor Watch found that Southland's cranes had not been inspected for six years.

            Southland rejected the report, saying every crane had passed its annual inspection.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Southland"])
    }

    @Test func aFindingWithoutAThatClauseTakesNoSide() {
        // "found two bodies", "ruled out a delay": no clause is held true.
        #expect(stances("Harbor Watch found two bodies near the port on Monday.").isEmpty)
        #expect(stances("Southland ruled out a delay to the talks on Monday.").isEmpty)
        #expect(stances("Harbor Watch found on Monday that the port was unsafe.") == ["asserts Harbor Watch"])
        // A report with no author named after "by" speaks for nobody.
        #expect(stances("A report published on Monday found that the port was unsafe.").isEmpty)
    }
}
