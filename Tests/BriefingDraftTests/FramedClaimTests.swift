@testable import BriefingDraft
import Testing

/// "said in an emailed statement on Tuesday that …": the claim a reviewer reads is the clause
/// after the medium, not the medium (`StatementMedia`); a claim cut before a second verb keeps no
/// dangling conjunction. Sentences are invented.
extension DisputeFinderTests {
    @Test func theClaimAfterAFrameLeavesTheFrameOut() {
        let found = disputes("""
            Northland said Harbor Watch had bribed port officials to win the contract.
            Harbor Watch said in an emailed statement on Tuesday that it had never paid any official.
            """)
        let statements = found.flatMap(\.sides).filter { $0.actor == "Harbor Watch" }.map(\.statement)
        #expect(statements == ["it had never paid any official"])
        #expect(found.first.map(sides) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func aClaimCutBeforeASecondVerbKeepsNoDanglingConjunction() {
        let statements = positions("Harbor Watch said at least nine had been killed and accused Southland of firing live rounds.").map(\.statement)
        #expect(statements.contains("at least nine had been killed"), "\(statements)")
        #expect(statements.allSatisfy { !$0.hasSuffix(" and") }, "\(statements)")
    }
}
