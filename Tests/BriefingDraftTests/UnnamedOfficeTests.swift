import Testing
@testable import BriefingDraft

/// Bodies the text names by their kind or through a title-holder: "the ministry" of the only
/// minister named with a portfolio, and "the president's press office".
extension NameCauseTests {
    @Test func theMinistryIsTheOnlyNamedMinistersMinistry() throws {
        let result = find("""
            Estonia will cap flights at its main airport, Estonian Transport Minister Olga Varn said on Monday.
            The ministry disputed the airlines' figures, saying few jobs would be lost.
            """)
        let ministry = try #require(actor(result, "Estonian Transport Ministry"))
        #expect(ministry.aliases.contains("the ministry"))
        // A ministry the text names later is the one meant.
        let named = find("""
            Estonian Transport Minister Olga Varn said the ministry would hold talks next week.
            The Ministry of Transport rejected the charge.
            """)
        #expect(actor(named, "Ministry of Transport")?.aliases.contains("the ministry") == true)
        #expect(actor(named, "Estonian Transport Ministry") == nil)
        // Two ministers with two portfolios leave "the ministry" open.
        let two = find("""
            Estonian Transport Minister Olga Varn and Finance Minister Piet Kros met on Monday.
            The ministry disputed the figures.
            """)
        #expect(!two.actors.contains { $0.aliases.contains("the ministry") })
    }

    @Test func aTitleHoldersOfficeThatSpeaksIsABody() throws {
        let result = find("""
            Clashes broke out on the Estonian border on Monday.
            The Estonian president's press office said 900 residents had been moved.
            The state prosecutor's office said it had opened a case.
            Olga Varn's office declined to comment.
            """)
        #expect(actor(result, "Estonian president's press office")?.affiliation == "Estonia")
        #expect(actor(result, "State prosecutor's office") != nil)
        #expect(!result.actors.contains { $0.name.hasPrefix("Olga Varn's") })
    }

    @Test func twoTitledPeopleJoinedByAndAreTwoPeople() throws {
        let result = find("Estonian Transport Minister Olga Varn and Finance Minister Piet Kros met on Monday.")
        #expect(actor(result, "Olga Varn")?.role == "Transport Minister")
        #expect(actor(result, "Piet Kros")?.role == "Finance Minister")
        // A portfolio joined by "and" is still one title.
        let joint = find("Energy and Mineral Resources Minister Arief Wicaksono said exports would resume.")
        #expect(actor(joint, "Arief Wicaksono")?.role == "Energy and Mineral Resources Minister")
    }
}
