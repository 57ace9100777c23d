import BriefingModel
@testable import BriefingDraft
import Testing

/// "Western diplomats have questioned how well those controls work": a plural demonstrative
/// points back to what another actor just said about the thing it names, so the doubt answers
/// that claim even when the two share no other words. Found among the unpaired dispute sides of
/// development set I. The sentences are invented.
extension DisputeFinderTests {
    @Test func aDemonstrativeAnswersTheClaimAboutItsNoun() throws {
        let found = disputes("""
            Southland said the border talks would resume in March.

            The talks stalled last year over fishing rights.

            Northland said it had tightened its own export controls last October.

            Harbor Watch has questioned how well those controls work.
            """)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Harbor Watch" } })
        #expect(sides(dispute) == ["asserts Northland", "questions Harbor Watch"])
    }

    @Test func aDemonstrativeWithNoNounPointsAtNothing() {
        #expect(PositionFinder.pointedStems(["those", "who", "left", "the", "port"]).isEmpty)
        #expect(PositionFinder.pointedStems(["how", "well", "those", "controls", "work"]) == [D.stem("controls")!])
    }
    typealias D = DisputeLexicon
}
