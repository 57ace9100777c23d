import Testing
@testable import BriefingDraft

/// "Minister of Fisheries and Marine Resources Tomas da Silva Ramos": a portfolio that "and"
/// joins is the title's, and the name after it is the person's.
extension NameCauseTests {
    @Test func aJointPortfolioAfterOfIsTheTitles() throws {
        let result = find("Minister of Fisheries and Marine Resources Tomas da Silva Ramos said the quota would stand.")
        let minister = try #require(actor(result, "Tomas da Silva Ramos"))
        #expect(minister.kind == .person)
        #expect(names(result).allSatisfy { !$0.contains("Marine") })
        // A one-word name after the portfolio keeps the plain reading.
        let short = find("Minister of Trade and Industry Peter Andrews said exports rose.")
        #expect(actor(short, "Peter Andrews")?.kind == .person)
    }
}
