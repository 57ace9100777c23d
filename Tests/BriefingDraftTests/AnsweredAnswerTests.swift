import BriefingModel
@testable import BriefingDraft
import Testing

/// "X said it had not been consulted and that the reservoirs were too low … Y disputed that
/// figure": a denial made with its own verb that points back at a statement which only its
/// words made a denial ("not"), and which answers nothing else, takes that statement for the
/// claim it answers. Found by sorting the dispute sides no sentence gave (held-out set J; the
/// pattern "disputed that figure", "rejected that" recurs in B, C, L). The sentences are
/// invented; each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func aDenialOfANegatedStatementTakesItForTheClaim() throws {
        let found = disputes("""
            Harbor Watch said on Monday that it had not been consulted and that the port's reservoirs held less than a tenth of their capacity.

            Southland disputed that figure.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Southland"])
    }

    @Test func anAnswerThatAnswersSomethingKeepsItsStance() {
        // Harbor Watch's doubt answers Northland's claim; Southland's rejection is then no
        // reason to make Harbor Watch assert.
        let found = disputes("""
            Northland said the port's reservoirs were full.

            Harbor Watch said there was no evidence that the reservoirs were full.

            Southland rejected that.
            """)
        #expect(!found.contains { $0.sides.contains { $0.actor == "Harbor Watch" && $0.stance == .asserts } })
        // A denial by its own verb is no claim to be denied.
        #expect(!disputes("""
            Harbor Watch denied that it had been consulted.

            Southland disputed that.
            """).contains { $0.sides.contains { $0.actor == "Harbor Watch" && $0.stance == .asserts } })
    }
}
