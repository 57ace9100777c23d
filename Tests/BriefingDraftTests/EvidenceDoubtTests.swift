import BriefingModel
@testable import BriefingDraft
import Testing

/// "had not been shown a single piece of evidence": not having seen the evidence doubts the
/// claim however long the noun phrase runs, but the doubt does not reach over a comma into
/// another clause. Found in the wrong stances of `briefing-eval --sides`; sentences invented.
extension DisputeFinderTests {
    @Test func notBeingShownASinglePieceOfEvidenceDoubts() {
        #expect(stances("Berg said Northland had not been shown “a single piece of evidence” before the list was published.") == ["questions Anna Berg"])
        // The negated clause denies (NegatedReportTests), but it does not doubt the evidence past the comma.
        #expect(stances("Berg said the inspectors had not seen the ships, and evidence of dumping was growing.") == ["denies Anna Berg"])
    }
}
