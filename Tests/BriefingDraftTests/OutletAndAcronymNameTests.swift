import BriefingModel
import Testing
@testable import BriefingDraft

/// "the official APS news agency": an outlet named before its kind stays an outlet when a word
/// that can be a title ("official") stands before it.
extension NameCauseTests {
    @Test func anOutletAfterATitleWordIsStillAnOutlet() throws {
        let result = find("Gas exports rose in May. \"We keep our contracts,\" he was quoted by the official Zorya news agency as saying.")
        #expect(actor(result, "Zorya")?.kind == .media)
        let site = find("Power returned on Friday, according to the official Lumen website.")
        #expect(actor(site, "Lumen")?.kind == .media)
    }
}

/// "National Confederation of Agriculture (CNA)": a name the chunker splits at "of" is one
/// organisation when the acronym after it spells its initials, in any order.
extension NameCauseTests {
    @Test func anAcronymJoinsANameSplitAtOf() throws {
        let result = find("Catches fell again this year. The National Confederation of Fishermen (CNF) said the quota was too low.")
        let federation = try #require(actor(result, "National Confederation of Fishermen"))
        #expect(federation.kind == .organization)
        #expect(federation.aliases.contains("CNF"))
        // Letters that are not the initials join nothing. (A confederation keeps its "of" tail in
        // any case, so the name here is one whose first word takes no tail of its own.)
        let joined = find("Catches fell again this year. The Grand Order of Fishermen (GOF) said the quota was too low.")
        #expect(actor(joined, "Grand Order of Fishermen") != nil)
        let other = find("Catches fell again this year. The Grand Order of Fishermen (WTO) said the quota was too low.")
        #expect(actor(other, "Grand Order of Fishermen") == nil)
    }
}
