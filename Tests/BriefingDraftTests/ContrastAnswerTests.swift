import BriefingModel
@testable import BriefingDraft
import Testing

/// Two accounts set against each other by a connective ("…, but Y said …", "…, while Y said
/// …", "But Y said …", "Y, however, said …"): the second answers the first. Found by sorting
/// the dispute misses of held-out sets G, I and J by cause. The sentences are invented; each
/// test also checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func butSetsASecondAccountAgainstTheFirst() throws {
        let found = disputes("""
            Northland said on Monday that its harbour had reopened to ships, but Harbor Watch said the channel was still blocked by wrecks.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func whileSetsASecondAccountAgainstTheFirstAndAHedgeDoubts() throws {
        let found = disputes("""
            Northland said 11 of the dead were soldiers, while Harbor Watch said the count may be far too low.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "questions Harbor Watch"])
    }

    @Test func aSentenceOpeningWithButAnswersTheOneBefore() throws {
        let found = disputes("""
            Northland said its harbour had reopened to ships on Monday.

            But Harbor Watch said the channel was still blocked by wrecks.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func howeverAfterTheSubjectAnswersTheSentenceBefore() throws {
        let found = disputes("""
            Northland said its harbour had reopened to ships on Monday.
            Harbor Watch, however, said the channel was still blocked by wrecks.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func aContrastWithinOneCampOrWithoutAConnectiveTakesNoSide() {
        // One camp: a minister and her country.
        #expect(disputes("""
            Northland said its harbour had reopened to ships, but Anna Berg said the channel would need dredging.
            """).isEmpty)
        // No connective: two reports side by side.
        #expect(disputes("""
            Northland said its harbour had reopened to ships on Monday.
            Harbor Watch said the channel was still blocked by wrecks.
            """).isEmpty)
        // An accusation keeps its own stance: it asserts, and nothing here denies.
        #expect(disputes("""
            Northland said its harbour had reopened to ships on Monday.
            But Harbor Watch accused Southland of blocking the channel with wrecks.
            """).allSatisfy { !$0.sides.contains { $0.actor == "Harbor Watch" && $0.stance != .asserts } })
    }
}
