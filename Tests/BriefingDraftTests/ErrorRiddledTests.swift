@testable import BriefingDraft
import BriefingModel
import Testing

/// A claim said to be "full of errors" or "riddled with mistakes" is called false
/// (`Disputes/ErrorRiddled.swift`); a thing full of anything else is only described. Every
/// sentence invented.
@Suite struct ErrorRiddledTests: StanceProbing {
    static let lead = """
        Smelter accused of dumping waste

        JAKARTA (Reuters) - The environmental group Laut Bersih said in a report on Monday that PT Morowali Sinar Nickel had dumped waste into the sea off Sulawesi.

        """

    @Test(arguments: [
        ("PT Morowali Sinar Nickel said the report was \u{201C}full of errors\u{201D} and that its waste was stored on land.", "denies"),
        ("PT Morowali Sinar Nickel said the report was riddled with factual mistakes.", "denies"),
        // Full of something else: a description, no verdict on the report.
        ("PT Morowali Sinar Nickel said the report was full of photographs taken from the air.", "asserts"),
        ("PT Morowali Sinar Nickel said its ponds were full of rainwater after the storm.", "asserts"),
    ])
    func readsAClaimCalledErroneous(_ sentence: String, _ stance: String) {
        #expect(stances(Self.lead + sentence, of: "PT Morowali Sinar Nickel") == [stance], "\(sentence)")
    }
}
