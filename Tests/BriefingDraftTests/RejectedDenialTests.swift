import BriefingModel
@testable import BriefingDraft
import Testing

/// "X has said its officers did not use live ammunition, a claim Y rejects": the claim Y
/// rejects is a denial, so Y asserts what X denied and the two take opposite sides
/// (`Disputes/RejectedDenials.swift`). A rejected assertion still denies. Every sentence invented.
@Suite struct RejectedDenialTests {
    static let lead = """
        Peru police and protesters give different accounts of clash

        LIMA (Reuters) - Protest leader Rosa Huaman said on Friday that the police had fired live ammunition at unarmed marchers near Juliaca.

        """

    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func rejectingADenialAsserts() {
        let found = sides(Self.lead + """
            The Interior Ministry has said its officers did not use live ammunition, a claim the Ombudsman's Office rejects.
            """)
        #expect(found.contains { $0.contains("asserts Ombudsman's Office") && $0.contains("denies Peruvian Interior Ministry") }, "\(found)")
        #expect(!found.joined().contains("denies Ombudsman's Office"), "\(found)")
    }

    @Test func rejectingAnAssertionStillDenies() {
        let found = sides(Self.lead + """
            The Ombudsman's Office has said officers fired live ammunition at the marchers, a claim the Interior Ministry rejects.
            """)
        #expect(found.contains { $0.contains("asserts Ombudsman's Office") && $0.contains("denies Peruvian Interior Ministry") }, "\(found)")
        #expect(!found.joined().contains("asserts Peruvian Interior Ministry"), "\(found)")
    }
}
