import Testing
@testable import BriefingDraft

/// A denial that answers two accusers about equally well answers both, one dispute each.
@Suite struct TwoAccusersTests {
    func disputes(_ raw: String) -> [[String]] { RestatedClaimMergeTests().disputes(raw) }

    static let newspaper = "The newspaper Tuoi Tre reported that provincial inspectors had found the dam holding more waste than its licence allowed."
    static let villagers = "Villagers in Lao Cai said they had warned the commune about cracks in the dam wall months before it collapsed."
    static let denial = "Song Hong Minerals denied that the dam wall had cracks or held more waste than its licence allowed."

    @Test func aDenialOfTwoAccusersAnswersBoth() {
        let found = disputes(["Dam collapse", Self.newspaper, Self.villagers, Self.denial].joined(separator: "\n\n"))
        #expect(found.contains(["asserts Tuoi Tre p1", "denies Song Hong Minerals p3"]), "\(found)")
        #expect(found.contains(["asserts Villagers p2", "denies Song Hong Minerals p3"]), "\(found)")
    }

    /// A claim made after the denial is no second accuser of it: on the same charge, it joins the
    /// one dispute. (That a denial answers only earlier claims is measured on the sets: 20 fewer
    /// drafted disputes, none fewer found; this text drafts one dispute either way.)
    @Test func aLaterClaimOnTheSameChargeJoinsTheOneDispute() {
        let found = disputes(["Dam collapse", Self.villagers, Self.denial, Self.newspaper].joined(separator: "\n\n"))
        #expect(found == [["asserts Villagers p1", "asserts Tuoi Tre p3", "denies Song Hong Minerals p2"]], "\(found)")
    }
}
