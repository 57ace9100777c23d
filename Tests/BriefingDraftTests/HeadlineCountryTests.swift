import BriefingModel
import Testing
@testable import BriefingDraft

/// A headline whose subject is a country names the country the story is about, and a ministry
/// or department the text leaves unqualified belongs to the country in context before the home
/// one (HeadlineCountry.swift, `resolveAffiliations`). Invented text.
@Suite struct HeadlineCountryTests {
    func headlineCountry(_ headline: String) -> String? {
        NameFinding.headlineCountry(headline, gazetteer: .standard)
    }

    func affiliations(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).actors.map { "\($0.name) of \($0.affiliation ?? "-")" }
    }

    @Test func aCountryAsTheHeadlinesSubject() {
        #expect(headlineCountry("Colombia blames rebels for deadly attack on army base") == "CO")
        #expect(headlineCountry("South Korea says northern drones crossed the border") == "KR")
        #expect(headlineCountry("Irish court finds state broke EU law") == "IE")
    }

    @Test func notAnOwnerOrAListOfCountries() {
        // Must-not: a possessive heads a noun, a list has no single subject, a person is no country.
        #expect(headlineCountry("China's hefty tariff on Australian barley heads to trade body") == nil)
        #expect(headlineCountry("Colombia, Venezuela trade accusations after attack") == nil)
        #expect(headlineCountry("Minister resigns over port deal") == nil)
    }

    static let body = """
        Four Colombian soldiers were killed when gunmen attacked an army base in the eastern province of Arauca on Sunday, the army said.

        The Defence Ministry said on Monday that the rebels had crossed back into Venezuela within hours.

        Venezuela rejected that claim. Its foreign ministry said Venezuela "does not allow any armed group to use its territory."
        """

    @Test func theHeadlinesCountryOwnsAnUnqualifiedMinistry() {
        let raw = "Colombia blames rebels for deadly attack on army base\n\n" + Self.body
        #expect(affiliations(raw).contains("Colombian Defence Ministry of Colombia"), "\(affiliations(raw))")
    }

    @Test func withoutTheHeadlineTheBodyDecides() {
        // Must-not: the same body under a headline naming no country is not made Colombian by this rule.
        let raw = "Soldiers killed in attack on army base\n\n" + Self.body
        #expect(!affiliations(raw).contains("Colombian Defence Ministry of Colombia"), "\(affiliations(raw))")
    }

    @Test func aDepartmentBelongsToTheCountryInContext() {
        let raw = """
            Timor-Leste gives gas partners deadline on pipeline

            Timor-Leste on Monday gave the partners in a gas field until June to agree on a pipeline to its south coast, Petroleum Minister Ana Soares said.

            Timorese officials have accused Australia of lobbying investors to stay away from the project. Soares said Australian diplomats had discouraged two lenders.

            The Australian government rejected that. "Australia has never sought to influence where the gas is processed," a spokesperson for the Department of Foreign Affairs and Trade said.
            """
        #expect(affiliations(raw).contains("Department of Foreign Affairs and Trade of Australia"), "\(affiliations(raw))")
    }
}
