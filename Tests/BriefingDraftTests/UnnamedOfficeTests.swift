import Testing
@testable import BriefingDraft

/// Bodies the text names by their kind or through a title-holder: "the ministry" of the only
/// minister named with a portfolio, and "the president's press office" (the country's, or
/// the named president's own when the text named one).
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

    @Test func theOfficeOfANamedHolderIsThatPersons() throws {
        let result = find("""
            Estonian Transport Minister Olga Varn said on Monday that the border would stay shut.
            The minister's office said 900 residents had been moved.
            """)
        #expect(actor(result, "Minister's office")?.affiliation == "Olga Varn")
        // Nobody holds the title in the text: the office is the country's.
        let unheld = find("""
            Estonian Transport Minister Olga Varn said on Monday that the border would stay shut.
            The president's office said 900 residents had been moved.
            """)
        #expect(actor(unheld, "President's office")?.affiliation == "Estonia")
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

/// "Opposition leader Marta Quell": a capital that only describes the role is no body.
extension NameCauseTests {
    @Test func aWordDescribingARoleIsNoBody() throws {
        let result = find("Opposition congressman Luis Varga called for the minister to resign.")
        #expect(actor(result, "Opposition") == nil)
        #expect(actor(result, "Luis Varga")?.affiliation == nil)
        // A body word before the title still names its body.
        let body = find("Gazprom chief executive Alexei Miller said exports would resume.")
        #expect(actor(body, "Gazprom")?.kind == .organization)
    }
}

/// "accused the ruling coalition of … The coalition rejected the claim": the coalition in
/// power is an actor of the home country, and the head alone later refers to it.
extension NameCauseTests {
    @Test func theRulingCoalitionIsAnActor() throws {
        let result = find("""
            Slovenia's anti-corruption agency charged a former minister on Monday.
            Opposition leader Marta Quell accused the ruling coalition of shielding other officials.
            The coalition rejected the claim as a fabrication.
            """)
        let coalition = try #require(actor(result, "Ruling coalition"))
        #expect(coalition.aliases.contains("the coalition"))
        // A party the text names is the one meant.
        let named = find("The Social Democratic Party won the vote. Critics said the ruling party had bought votes.")
        #expect(actor(named, "Ruling party") == nil)
    }
}
