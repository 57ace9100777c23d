import BriefingModel
@testable import BriefingDraft
import Testing

/// A wire dateline ("MALE, May 4 (Reuters) -") opens the lead sentence but is no part of what
/// its speaker claims: the claim, and the question made of it, start after the dash. Every
/// sentence invented.
@Suite struct DatelineClaimTests {
    func disputes(_ raw: String) -> [DraftDispute] { Drafter.draft(raw, published: nil).disputes }

    @Test func theClaimStartsAfterTheDateline() throws {
        let found = disputes("""
            Rights group says detainees beaten

            MALE, May 4 (Reuters) - Workers held at a detention centre were beaten by guards, Human Rights Watch said on Monday, a charge Maldivian authorities called baseless.
            """)
        let dispute = try #require(found.first)
        #expect(!dispute.question.contains("Reuters") && !dispute.question.contains("MALE"))
        #expect(dispute.sides.allSatisfy { !$0.statement.contains("(Reuters)") })
        #expect(dispute.sides.contains { $0.statement.hasPrefix("Workers held at a detention centre") })
    }

    @Test func aSentenceWithoutADatelineKeepsItsOpening() throws {
        // Capitalised words and a parenthesis, but no dash after it: no dateline.
        let found = disputes("""
            Rights group says detainees beaten

            Workers at the Hulhumale Centre (HDC) were beaten by guards, Human Rights Watch said on Monday, a charge Maldivian authorities called baseless.
            """)
        let dispute = try #require(found.first)
        #expect(dispute.sides.contains { $0.statement.hasPrefix("Workers at the Hulhumale Centre (HDC)") })
    }
}
