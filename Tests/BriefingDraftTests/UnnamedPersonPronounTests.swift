import BriefingModel
import Testing
@testable import BriefingDraft

/// A "he" or "she" right after a sentence that brings in a body's unnamed spokesperson is the
/// body, not someone named further back (invented sentences).
@Suite struct UnnamedPersonPronounTests {
    func speakers(_ raw: String) -> [String] { AttributionProbeTests.drafted(raw) }

    /// A named appositive is the one who goes on; a body's unnamed spokesman speaks for the body.
    @Test func aNamedResidentOrABodysSpokesmanStillSpeaks() {
        let named = speakers("""
            Mayor Marta Nowicka said the water was falling.
            One resident, Agnes Mwale, was less hopeful. "We have lost everything," she said.
            """)
        #expect(named.contains("Agnes Mwale: We have lost everything"), "\(named)")
        let spokesman = speakers("""
            Finance Minister Tomasz Wilk presented the budget on Tuesday.
            A spokesman for the Dockworkers Union called it cruel. "It cuts every pension," he said.
            """)
        #expect(spokesman.contains("Dockworkers Union: It cuts every pension"), "\(spokesman)")
    }

    @Test func anOfficialAtABodyThenSheSaid() {
        let quotes = speakers("""
            Opposition leader Marta Nowicka accused the Northern Grid Company of hiding the fault.
            Halvard Nyberg, the union chairman, backed her.
            An official at the Northern Grid Company rejected the charge. "Nothing was hidden," she said.
            """)
        #expect(quotes.contains("Northern Grid Company: Nothing was hidden"), "\(quotes)")
    }
}
