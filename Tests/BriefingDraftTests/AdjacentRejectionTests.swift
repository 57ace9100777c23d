import BriefingModel
@testable import BriefingDraft
import Testing

/// "The director said the airline had paid 40 days late, not within the seven days the law
/// requires. Fjordfly rejected that.": a bare rejection right after another camp's account that
/// reads as a denial only by its words shows that account was the claim (`resolveAdjacentRejections`).
/// Found in blind set U (a correction "…, not within the 72 hours required by law" then "X
/// rejected that"); the sentences are invented, and each test also checks what must stay as it was.
extension DisputeFinderTests {
    @Test func aBareRejectionRightAfterACorrectionTakesItForTheClaim() throws {
        let found = disputes("""
            Northland said on Monday that it would review the harbour contract.

            Harbor Watch said the operator had paid its fees 40 days after the deadline, not within the ten days its licence sets. Southland rejected that. Its trade ministry said most fees had been paid within a week.
            """)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Harbor Watch" } })
        #expect(sides(dispute).contains("asserts Harbor Watch"))
        #expect(sides(dispute).contains("denies Southland"))
    }

    @Test func aBareRejectionOpeningTheNextParagraphAnswersTheCorrectionBefore() throws {
        let found = disputes("""
            Northland said on Monday that its exports had grown in March.

            Harbor Watch said the ferry had been inspected in 2019, not last year.

            Southland disputed that.
            """)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Southland" } })
        #expect(sides(dispute).contains("asserts Harbor Watch"))
        #expect(sides(dispute).contains("denies Southland"))
    }

    @Test func aRejectionFromFarOffLeavesTheCorrectionAsItWas() {
        // A rejection two sentences off points at whatever the scoring finds.
        #expect(!disputes("""
            Harbor Watch said the ferry had been inspected in 2019, not last year.

            Northland said the ferry would be sold by June.

            Southland rejected that.
            """).contains { $0.sides.contains { $0.actor == "Harbor Watch" && $0.stance == .asserts } })
    }
}
