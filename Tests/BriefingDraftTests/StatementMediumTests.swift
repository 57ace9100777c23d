import BriefingModel
@testable import BriefingDraft
import Testing

/// "said in a statement that …", "said in his opening statement that …": the medium is not what
/// was said, so the statement starts after its "that" (`Disputes/StatementMedia.swift`). A place
/// in the same slot ("said in a village near the mine that …") is left as it was. Every sentence invented.
@Suite struct StatementMediumTests {
    static let lead = """
        Brazilian regulator fines meatpacker

        SAO PAULO (Reuters) - Brazil's environmental regulator Ibama said on Wednesday that waste from a Sulcarne plant had polluted a river used by two villages.

        """

    func statements(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).disputes.flatMap { $0.sides.filter { $0.actor == "Sulcarne" }.map(\.statement) }
    }

    @Test(arguments: ["in a statement", "in a statement on Thursday", "in a court filing"])
    func theMediumIsNoPartOfTheStatement(_ medium: String) {
        let found = statements(Self.lead + "Sulcarne said \(medium) that it had not discharged any untreated waste into the river.")
        #expect(found.contains { $0.hasPrefix("it had not discharged") }, "\(found)")
        #expect(!found.contains { $0.contains("statement") || $0.contains("filing") }, "\(found)")
    }

    @Test func aPlaceInTheSameSlotStays() {
        let found = statements(Self.lead + "Sulcarne said in a village near the plant that it had not discharged any untreated waste into the river.")
        #expect(!found.contains { $0.hasPrefix("it had not discharged") }, "\(found)")
    }
}
