import BriefingModel
@testable import BriefingDraft
import Testing

/// "Protest leaders put the number of dead at nine" after "police said three people died": an
/// unnamed group of organisers or leaders is a voice (`Names/GroupVoices.swift`), and a figure put
/// at a spelled-out number is a rival count (`Disputes/SpelledCounts.swift`). Putting up
/// barricades or putting the blame is no count. Every sentence invented.
@Suite struct SpelledRivalCountTests {
    static let lead = """
        Peru police and protesters give different accounts of clash

        LIMA (Reuters) - Peruvian police said on Friday that three people died in clashes with protesters blocking a highway near Juliaca.

        """

    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test(arguments: [
        ("Protest leaders put the number of dead at nine.", "Protest leaders"),
        ("Organisers put the toll at nine.", "Organisers"),
    ])
    func aSpelledRivalCountDenies(_ sentence: String, _ voice: String) {
        let found = sides(Self.lead + sentence)
        #expect(found.contains { $0.contains("asserts Peruvian Police") && $0.contains("denies \(voice)") }, "\(found)")
    }

    @Test(arguments: [
        "Protest leaders put up barricades on the highway on Saturday.",
        "Protest leaders put the blame on the interior minister.",
    ])
    func noCountNoRival(_ sentence: String) {
        let found = sides(Self.lead + sentence)
        #expect(!found.joined().contains("denies Protest leaders"), "\(found)")
    }
}
