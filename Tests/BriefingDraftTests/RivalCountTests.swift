import BriefingModel
@testable import BriefingDraft
import Testing

/// A rival count: "The ministry put adherence at 42%" after another actor's "85% joined" denies
/// it. Found by sorting the dispute misses of held-out sets I and J by cause. The sentences are
/// invented; each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func aRivalCountDeniesTheCountBeforeIt() throws {
        let found = disputes("""
            Harbor Watch said more than 90% of the port's workers had joined the strike on Monday. Northland put the figure at 35%, saying most cranes had kept working.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Northland"])
    }

    @Test func aCountWithNoCountBeforeItTakesNoSide() {
        // Nothing was counted before: the estimate is a statement of its own.
        #expect(disputes("""
            Harbor Watch said the strike had closed the port on Monday. Northland put the turnout at 20,000.
            """).isEmpty)
        // "put the plan at risk" puts no number on anything.
        #expect(disputes("""
            Harbor Watch said more than 90% of the port's workers had joined the strike on Monday. Northland put the plan at risk.
            """).isEmpty)
    }
}

/// A plea in court: "pleaded not guilty to fraud charges" denies what the prosecution alleges.
extension DisputeFinderTests {
    @Test func aNotGuiltyPleaDeniesTheCharge() throws {
        let found = disputes("""
            Tomas Lind pleaded not guilty on Monday to fraud charges over a port contract.

            Harbor Watch alleged that Lind had steered the port contract to a firm run by his brother.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Tomas Lind"])
        // A guilty plea denies nothing.
        #expect(disputes("""
            Tomas Lind pleaded guilty on Monday to fraud charges over a port contract.

            Harbor Watch alleged that Lind had steered the port contract to a firm run by his brother.
            """).allSatisfy { !$0.sides.contains { $0.stance == .denies } })
    }
}
