import BriefingModel
import Testing
@testable import BriefingDraft

/// Actor probe (issue 3, helper ac): general kinds of actor errors, each in several surface
/// forms of wire copy, with what the rule must leave alone. The sentences are invented.
@Suite struct ActorProbeTests: NameProbing {
    // MARK: A field word opening a sentence is part of the title

    @Test func aFieldWordOpeningASentenceIsNoBody() {
        let result = find("""
            Industry analyst Kwame Boateng said the numbers were plausible.
            Market strategist Anne Roy said traders were cautious. Energy economist Lisa Marr said prices would fall.
            """)
        #expect(actor(result, "Industry") == nil)
        #expect(actor(result, "Market") == nil)
        #expect(actor(result, "Energy") == nil)
        #expect(actor(result, "Kwame Boateng")?.kind == .person)
        #expect(actor(result, "Anne Roy")?.kind == .person)
        #expect(actor(result, "Lisa Marr")?.kind == .person)
    }

    @Test func aBodyWordBeforeATitleStaysABody() {
        let result = find("""
            The Treasury imposed sanctions on two banks on Monday.
            Treasury spokesman Ian Booth said more would follow. Gazprom chief executive Pavel Orlov declined to comment.
            """)
        #expect(actor(result, "Treasury") != nil)
        #expect(actor(result, "Gazprom") != nil)
    }

    // MARK: ", or ACRONYM" names the body before it

    @Test func anAcronymAfterCommaOrIsTheBodysAlias() throws {
        let result = find("""
            The audit was requested by the Alliance for National Renewal, or ANR, which lost the vote.
            The United Farmers' Front, or FUC, backed the audit. The FUC said it would march on Friday.
            """)
        let front = try #require(actor(result, "United Farmers' Front"))
        #expect(front.aliases.contains("FUC"))
        #expect(actor(result, "FUC") == nil)
        #expect(actor(result, "Alliance for National Renewal") != nil)
    }

    @Test func anAcronymStartingAPhraseAfterOrIsLeftAlone() {
        let result = find("""
            Officials from the Economic Development Board, or EU members with observer status, will attend.
            """)
        #expect(actor(result, "Economic Development Board")?.aliases.contains("EU") != true)
    }

    // MARK: A platform in an owner's account is no actor

    @Test func thePlatformOfAnAccountIsNoActor() {
        let result = find("""
            The Russian embassy said on its Telegram channel that the report was false.
            Opposition leader Marta Kovac wrote on her Nexus account that the government had lied.
            The ministry said on its own Telegram channel that it had summoned the ambassador.
            """)
        #expect(actor(result, "Telegram") == nil)
        #expect(actor(result, "Nexus") == nil)
        #expect(actor(result, "Marta Kovac")?.kind == .person)
    }

    @Test func anOutletNamedBeforeChannelStaysAnOutlet() {
        let result = find("The Rada TV channel reported that the vote had been postponed.")
        #expect(result.actors.contains { $0.kind == .media })
    }

    // MARK: A regional adjective before a plural noun is no actor

    @Test func aRegionalAdjectiveInAnObjectPhraseIsNoActor() {
        let result = find("""
            The UN refugee agency UNHCR urged European states on Wednesday to resume rescue patrols.
            The charity said it had written to African governments and would appeal to Asian lenders.
            """)
        #expect(actor(result, "European") == nil)
        #expect(actor(result, "African") == nil)
        #expect(actor(result, "Asian") == nil)
        #expect(actor(result, "UNHCR") != nil)
    }
}

extension ActorProbeTests {
    // MARK: A title completed by an "of"-phrase before a name set off by commas

    @Test func aTitleWithAnOfPhraseBeforeCommasNamesAPerson() {
        let result = find("""
            The vice minister met Japan's deputy chief of mission, Taro Ishida, at the ministry.
            Its director of communications, Paul Vane, declined to comment.
            """)
        #expect(actor(result, "Taro Ishida")?.kind == .person)
        #expect(actor(result, "Paul Vane")?.kind == .person)
    }

    // MARK: A rank opening a title is no body

    @Test func chiefOpeningATitleIsNoBody() {
        let result = find("""
            "Our vessel acted lawfully," Chief Cabinet Secretary Kenta Mori said at a news conference.
            Deputy Chief Cabinet Secretary Aiko Sato declined to comment.
            """)
        #expect(actor(result, "Chief Cabinet") == nil)
        #expect(actor(result, "Kenta Mori")?.kind == .person)
        #expect(actor(result, "Aiko Sato")?.kind == .person)
    }

    // MARK: A name described as an outlet beside it is an outlet

    @Test func aNameDescribedAsAnOutletIsAnOutlet() {
        let result = find("""
            The Karenni Voice, a news outlet run by exiles, put the death toll at 41.
            Frontier Weekly, an exile-run outlet, said the army had used jets.
            """)
        #expect(actor(result, "Karenni Voice")?.kind == .media)
        #expect(actor(result, "Frontier Weekly")?.kind == .media)
    }

    /// "Bivol, a Bulgarian investigative news site, reported …": a nationality in the
    /// description is no name of its own; the outlet beside it still holds the report, which a
    /// denial ("rejected the report") answers.
    @Test func aNameDescribedAsANationalOutletIsAnOutlet() {
        let result = find("""
            Zarya, a Ukrainian investigative news site, reported on Monday that the tanker had loaded in Novorossiysk.
            Ekho, a Georgian broadcaster that airs from Tbilisi, said the vote was rigged.
            """)
        #expect(actor(result, "Zarya")?.kind == .media)
        #expect(actor(result, "Ekho")?.kind == .media)
    }

    @Test func aNationalityBesideAPersonIsNoOutlet() {
        let result = find("""
            Elena Moraru, a Moldovan lawmaker, said the report was false.
            Tomas Berg, a Swedish newspaper columnist, said the ban would fail. Irma Kovac, a Croatian broadcaster's editor, declined to comment.
            """)
        #expect(actor(result, "Elena Moraru")?.kind == .person)
        #expect(actor(result, "Irma Kovac")?.kind != .media)
    }

    @Test func aNameBesideAnOutletsStaffIsNoOutlet() {
        let result = find("Anna Berg, a newspaper's editor, said the report was accurate.")
        #expect(actor(result, "Anna Berg")?.kind != .media)
    }

    // MARK: A service named after its kind is a body

    @Test func aServiceNamedAfterItsKindIsABody() {
        let result = find("""
            Figures from the tracking service Vessel Finder showed the tanker went silent for four hours.
            The wire service Nordpress reported the same figures.
            """)
        #expect(actor(result, "Vessel Finder")?.kind == .organization)
        #expect(actor(result, "Nordpress")?.kind == .media)
    }

    // MARK: An acronym with a plus is a group of its own

    @Test func anAcronymWithAPlusKeepsIt() {
        let tokens = NameTokenizer.tokenize("its OPEC+ partners met, and G7 leaders + aides")
        #expect(tokens.contains { $0.text == "OPEC+" })
        #expect(tokens.contains { $0.text == "G7" })
    }
}

extension ActorProbeTests {
    // MARK: A body named with and without its country is one body

    @Test func aBodyNamedWithItsCountryAndWithoutIsOne() throws {
        let result = find("""
            The U.S. Commerce Department on Monday added nine firms to its export blacklist.
            "These firms armed a hostile navy," said Jane Orr, the Commerce Department's under secretary.
            """)
        let department = try #require(actor(result, "U.S. Commerce Department"))
        #expect(department.aliases.contains("Commerce Department"))
        #expect(actor(result, "Commerce Department") == nil)
    }

    @Test func aBareBodyTwoCountriesShareStaysApart() {
        let result = find("""
            The Japan Coast Guard said a Chinese vessel had entered its waters, and the China Coast Guard said it had expelled a Japanese boat.
            The Coast Guard Academy said it would hold drills on Friday.
            """)
        #expect(actor(result, "Japan Coast Guard") != nil)
        #expect(actor(result, "China Coast Guard") != nil)
    }

    // MARK: A diplomatic mission is named with its city

    @Test func aMissionIsNamedWithItsCity() throws {
        let result = find("""
            "We fund independent journalism," the British Embassy in Tbilisi said in a statement.
            The British Embassy declined to comment further.
            """)
        let embassy = try #require(actor(result, "British Embassy in Tbilisi"))
        #expect(embassy.aliases.contains("British Embassy"))
        #expect(actor(result, "British Embassy") == nil)
    }
}

extension ActorProbeTests {
    // MARK: A centre for meetings is a venue

    @Test func aConferenceCentreIsAVenue() {
        let result = find("""
            Observers were denied access to the results centre at the Kasama International Conference Centre for 12 hours.
            The Lakeside Convention Center will host the count, the Carter Center said.
            """)
        #expect(actor(result, "Kasama International Conference Centre") == nil)
        #expect(actor(result, "Lakeside Convention Center") == nil)
        #expect(actor(result, "Carter Center") != nil)
    }

    // MARK: A country after a topic's "on" is no actor

    @Test func aCountryAfterATopicsOnIsNoActor() {
        let result = find("""
            Algiers wants Madrid to understand what it would cost to go further on Western Sahara.
            The minister restated his stance on Moldova at the talks.
            """)
        #expect(actor(result, "Western Sahara") == nil)
        #expect(actor(result, "Moldova") == nil)
        // A target of an act after "on" stays an actor.
        #expect(actor(find("The bloc imposed sanctions on Moldova on Monday."), "Moldova") != nil)
    }
}

extension ActorProbeTests {
    // MARK: A body named only as a setting is no actor

    @Test func aMarketOrAChamberAsASettingIsNoActor() {
        let result = find("""
            Copper prices on the London Metal Exchange rose 2% on Monday.
            In a statement to the Warsaw Stock Exchange, the company said it would appeal.
            The ruling party won 94 of the 229 seats in the National Assembly.
            """)
        #expect(actor(result, "London Metal Exchange") == nil)
        #expect(actor(result, "Warsaw Stock Exchange") == nil)
        #expect(actor(result, "National Assembly") == nil)
    }

    @Test func aMarketOrAChamberThatActsStaysAnActor() {
        let result = find("""
            The Warsaw Stock Exchange suspended trading in the shares on Monday.
            The National Assembly voted on Tuesday to impeach the president.
            """)
        #expect(actor(result, "Warsaw Stock Exchange") != nil)
        #expect(actor(result, "National Assembly") != nil)
    }
}

extension ActorProbeTests {
    // MARK: "Cabinet Secretary" is a title

    @Test func cabinetSecretaryIsATitle() {
        let result = find("""
            Transport Cabinet Secretary Davis Kamau said the government would meet the union on Friday.
            """)
        #expect(actor(result, "Transport Cabinet") == nil)
        #expect(actor(result, "Davis Kamau")?.kind == .person)
    }

    // MARK: A body word alone joins the body named with it

    @Test func aBodyWordSpeakingAloneJoinsItsNamedBody() throws {
        let result = find("""
            The European Commission proposed tariffs on Wednesday on fertiliser imports.
            The duties would not apply to imports from Norway, the Commission said.
            """)
        let commission = try #require(actor(result, "European Commission"))
        #expect(commission.aliases.contains("Commission"))
        #expect(actor(result, "Commission") == nil)
    }
}

extension ActorProbeTests {
    // MARK: A plural country name's adjective is its singular

    @Test func aPluralCountryNamesAdjectiveIsItsSingular() {
        #expect(Gazetteer.standard.country(demonym: "Philippine")?.code == "PH")
        let result = find("The Philippine foreign ministry summoned the Chinese ambassador on Monday.")
        #expect(actor(result, "Philippines") != nil)
        #expect(result.actors.contains { $0.name == "Philippine Foreign Ministry" || $0.aliases.contains("Philippine foreign ministry") })
    }
}
