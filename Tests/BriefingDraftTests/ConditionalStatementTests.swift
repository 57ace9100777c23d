import Testing
@testable import BriefingDraft

/// "If the allegations are confirmed, they would be a serious violation": a statement on
/// condition that a claim is true holds no side. Found on development set J; the passages are invented.
@Suite struct ConditionalStatementTests {
    @Test(arguments: [
        "\"If the allegations are confirmed, they would be a serious violation,\"",
        "“If the reports are true, this is a grave breach of the ceasefire,”",
        "if proven, the charges would end his career",
    ])
    func aStatementOnATruthConditionHoldsNoSide(_ statement: String) {
        #expect(PositionFinder.isConditionalOnTruth(statement))
    }

    @Test(arguments: [
        "\"If nothing is done, thousands will die,\"",
        "the allegations were confirmed by two witnesses",
        "If talks fail, the union will strike again, and the claims are true",
        "the report is accurate",
    ])
    func otherStatementsStillHoldASide(_ statement: String) {
        #expect(!PositionFinder.isConditionalOnTruth(statement))
    }
}
