import Testing
@testable import BriefingDraft

/// An untitled minister belongs to the country whose ministry of the same portfolio the text
/// named before, when only one country's is named, though the sentence before names both
/// sides. Invented passages.
@Suite struct PortfolioCountryTests: NameProbing {
    static let passage = """
        GEORGETOWN (Reuters) - Guyana said on Monday that soldiers from Venezuela had fired on one of its patrol boats.

        Venezuela's Defence Ministry rejected that account. It said an army unit had clashed with gangs on the Venezuelan side of the river and that no Guyanese vessel had been hit.

        Defence Minister Ramon Quintero went further. "This is an invented aggression," he said.
        """

    @Test func theMinisterOfThatPortfolioIsThatCountrys() {
        let result = find(Self.passage)
        #expect(actor(result, "Ramon Quintero")?.affiliation == "Venezuela", "\(affiliations(result))")
    }

    /// With both countries' defence ministries named, the portfolio tells nothing: the dateline's
    /// country among the two named in the sentence before decides, as without the rule.
    @Test func twoCountriesMinistriesTellNothing() {
        let text = Self.passage.replacingOccurrences(of: "had fired on one of its patrol boats.", with: "had fired on one of its patrol boats, Guyana's Defence Ministry said.")
        let result = find(text)
        #expect(actor(result, "Ramon Quintero")?.affiliation == "Guyana", "\(affiliations(result))")
    }
}
