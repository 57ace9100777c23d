import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, without providing evidence" after a speaker's reported clause is the reporter's note
/// that the claim came unsupported: the speaker asserts (`Disputes/ReporterAsides.swift`). The
/// same words in the speaker's own quote, or inside the reported clause, still deny. Every
/// sentence invented.
@Suite struct ReporterAsideTests {
    static let lead = """
        Kenyan opposition says vaccine money stolen

        NAIROBI (Reuters) - Kenya's auditor general said on Monday that the health ministry could not account for 2 billion shillings meant for a vaccine programme.

        """

    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test(arguments: [
        "Opposition leader Grace Wambui said the vaccine money had been stolen, without providing evidence.",
        "Opposition leader Grace Wambui said the vaccine money had been stolen by party officials, but offered no proof.",
        "Opposition leader Grace Wambui said, without offering any evidence, that the vaccine money had been stolen.",
    ])
    func theNoteLeavesTheSpeakerAsserting(_ claim: String) {
        let found = sides(Self.lead + claim + """


            The ruling party, which denies the allegation, said Wambui was trying to score points before the election.
            """)
        #expect(found.contains { $0.contains("asserts Grace Wambui") && $0.contains("denies Ruling party") }, "\(found)")
        #expect(!found.joined().contains("denies Grace Wambui"), "\(found)")
    }

    @Test(arguments: [
        "\u{201C}They say the vaccine money was stolen, without providing any proof,\u{201D} the ruling party said.",
        "The ruling party said the claim that the vaccine money had been stolen was made without providing any evidence.",
    ])
    func theSameWordsInTheSpeakersOwnClauseStillDeny(_ answer: String) {
        let found = sides(Self.lead + """
            Opposition leader Grace Wambui said the vaccine money had been stolen by officials of the ruling party.


            """ + answer)
        #expect(found.contains { $0.contains("asserts Grace Wambui") && $0.contains("denies Ruling party") }, "\(found)")
    }
}
