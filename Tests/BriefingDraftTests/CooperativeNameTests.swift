import BriefingModel
import Testing
@testable import BriefingDraft

/// Spurious actors, second round (helper sa2); the passages are invented wire copy.
extension NameCauseTests {
    /// "the Koper Fishermen’s Cooperative": a cooperative's name holds the plural possessive
    /// before it, as "… Fishermen’s Association" does.
    @Test func aCooperativesNameHoldsItsPossessive() {
        let result = find("""
            The Koper Fishermen’s Cooperative, which represents about 60 boats, said the fines had doubled since May.
            The Arusha Women's Cooperative said on Tuesday it would sell its coffee directly to roasters.
            """)
        #expect(actor(result, "Koper Fishermen’s Cooperative")?.kind == .organization)
        #expect(actor(result, "Koper Fishermen") == nil)
        #expect(actor(result, "Arusha Women's Cooperative") != nil)
    }

    /// A person's possessive before "cooperative" in lower case, or a town's, stays apart.
    @Test func aPersonsCooperativeStaysAPerson() {
        let result = find("""
            Mayor Ivan Horvat said the town's cooperative would buy the boats. Horvat’s cooperative plan was rejected on Monday.
            """)
        #expect(actor(result, "Ivan Horvat")?.kind == .person)
        #expect(!names(result).contains { $0.hasSuffix("Cooperative") })
    }
}
