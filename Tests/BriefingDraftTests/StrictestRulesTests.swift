@testable import BriefingDraft
import BriefingModel
import Testing

/// A speaker saying its own side works under the strictest rules ("“Our members operate under
/// some of the strictest permits in the region”") defends its conduct and answers a charge of
/// harm; a demand for strict rules, or a body describing others, does not. Every sentence invented.
@Suite struct StrictestRulesTests: StanceProbing {
    static let lead = "Fishermen in Sulawesi said cobalt mining had poisoned the bay and killed their catch.\n\n"

    @Test(arguments: [
        ("\u{201C}Our members operate under some of the strictest permits in the region,\u{201D} said its secretary general, Rina Santoso.", "denies"),
        ("\u{201C}We follow the most stringent environmental standards in the industry,\u{201D} said its secretary general, Rina Santoso.", "denies"),
        // A demand for strict rules is no defence of one's own conduct.
        ("\u{201C}We call for the strictest rules on waste from every smelter,\u{201D} said its secretary general, Rina Santoso.", "asserts"),
        // Others said to face strict rules: no own side.
        ("Rina Santoso said smelters were expected to meet the highest environmental standards.", "asserts"),
    ])
    func readsTheDefence(_ sentence: String, _ stance: String) {
        #expect(stances(Self.lead + sentence, of: "Rina Santoso") == [stance], "\(sentence)")
    }
}
