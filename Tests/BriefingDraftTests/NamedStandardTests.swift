@testable import BriefingDraft
import BriefingModel
import Testing

/// A word of lawfulness before a legal yardstick ("the legal minimum wage", "the legal noise
/// standards") names the yardstick: the clause is a charge, not the speaker's own conduct called
/// lawful (`Disputes/NamedStandards.swift`). Every sentence invented.
@Suite struct NamedStandardTests: StanceProbing {
    static let lead = "Tea workers in Kericho\n\nNAIROBI (Reuters) - The Kenya Plantation and Agricultural Workers Union said on Monday that "

    @Test(arguments: [
        ("pickers on the Litein estates were paid less than the legal minimum wage.", "asserts"),
        ("noise at the Litein factory was far above the legal noise standards.", "asserts"),
        ("the estates had missed the legal deadlines for the pay review.", "asserts"),
        // The speaker's own conduct called lawful still defends it.
        ("its strike in March was legal.", "denies"),
        ("its members had acted within their legal rights.", "denies"),
    ])
    func readsTheYardstickApart(_ clause: String, _ stance: String) {
        let union = "Kenya Plantation and Agricultural Workers Union"
        #expect(stances(Self.lead + clause, of: union) == [stance], "\(clause)")
    }
}
