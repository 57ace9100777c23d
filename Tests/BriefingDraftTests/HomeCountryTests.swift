import BriefingModel
import Testing
@testable import BriefingDraft

/// The country a text is about decides whose "federal government" and "defence ministry" it
/// means. Where no country has more than one piece of evidence, the wire dateline's city
/// decides (a cause on the miss list of set I; the sentences are invented).
extension NameCauseTests {
    @Test func aDatelineDecidesTheHomeCountryWhenEvidenceIsThin() {
        let result = find("""
            MOGADISHU, June 23 (Reuters) - Fighting between federal troops and regional forces killed at least 12 people ahead of Somalia's first direct election.
            Kenyan police said they had closed a border crossing.
            The federal government said it would send more troops.
            """)
        let somalia = actor(result, "Somalia")
        #expect(somalia?.aliases.contains { $0.lowercased() == "the federal government" } == true)
        #expect(actor(result, "Kenya")?.aliases.contains("the federal government") != true)
    }

    @Test func aDatelineDoesNotOutweighAStoryAboutAnotherCountry() {
        let result = find("""
            BANGKOK, Oct 6 (Reuters) - Myanmar said on Monday that an air strike had killed fighters.
            Myanmar accused rebels of using villagers as shields. The government said the camp was a base.
            """)
        #expect(actor(result, "Myanmar")?.aliases.contains("the government") == true)
    }

    /// "Lima (AFP) - … in Peru's northern region": a dateline the lead sentence confirms as the
    /// scene outweighs a country met later as a mediator (set L's Cameroon story had its
    /// defence ministry drafted as Swiss).
    @Test func aDatelineTheLeadConfirmsOutweighsALaterMediator() {
        let result = find("""
            Lima (AFP) - Floods killed at least 12 people in Peru's northern Piura region on Monday, the army said.
            Norway has offered to mediate between the government and the protesters. The Norwegian foreign ministry said it was ready to help.
            The defence ministry said troops had reached the flooded villages.
            """)
        #expect(actor(result, "Peruvian Defence Ministry")?.affiliation == "Peru")
        #expect(actor(result, "Norwegian Defence Ministry") == nil)
    }
}

/// A capitalised ministry after its country's possessive is named with the country's adjective,
/// as news and the gold name ministries ("Russian Foreign Ministry"); the written form stays an alias.
extension NameCauseTests {
    @Test func aCountrysMinistryIsNamedWithItsAdjective() {
        let result = find("""
            Panama's Foreign Ministry said those claims had no basis.
            """)
        let ministry = actor(result, "Panamanian Foreign Ministry")
        #expect(ministry?.kind == .organization)
        #expect(ministry?.aliases.contains("Foreign Ministry") == true)
        #expect(ministry?.affiliation == "Panama")
    }
}

/// Person names and titles from the miss list of set I: a Spanish name's father's surname
/// stands for the person, and a rank with a portfolio before a title is the title's own words.
extension NameCauseTests {
    @Test func aSpanishNameIsKnownByTheFathersSurname() {
        let result = find("""
            Canal administrator Ricardo Velarde Almengor told reporters that rainfall was at a record low.
            Velarde rejected that comparison.
            """)
        #expect(actor(result, "Velarde") == nil)
        #expect(actor(result, "Ricardo Velarde Almengor")?.aliases.contains("Velarde") == true)
    }

    @Test func aRankAndPortfolioBeforeATitleAreNoOrganisation() {
        let result = find("Deputy Water Resources Minister Sherzod Alimov told reporters that talks had been held.")
        #expect(actor(result, "Deputy Water Resources") == nil)
        #expect(actor(result, "Sherzod Alimov")?.kind == .person)
    }
}

/// Unnamed ministries from the miss lists of sets D and I: "its foreign ministry" after a
/// country is that country's ministry, and a level of government ("federal") is no part of
/// the body's name, so its later mentions join it.
extension NameCauseTests {
    @Test func itsMinistryIsTheMinistryOfTheCountryBefore() {
        let result = find("""
            Turkmenistan, which draws on the same river, has said little in public. Its foreign ministry said all water issues should be resolved through dialogue.
            """)
        let ministry = actor(result, "Turkmen Foreign Ministry")
        #expect(ministry?.affiliation == "Turkmenistan")
        #expect(ministry?.aliases.contains { $0.lowercased().hasPrefix("its") } == false)
    }

    @Test func aLevelOfGovernmentIsNoPartOfAMinistrysName() {
        let result = find("""
            MOGADISHU, June 23 (Reuters) - Somalia's army clashed with regional forces on Sunday.
            The federal defence ministry said its forces had been attacked.
            Elders said federal forces should withdraw, a condition the defence ministry rejected.
            """)
        #expect(actor(result, "Somali Defence Ministry")?.aliases.contains("the federal defence ministry") == true)
        #expect(result.actors.filter { $0.name.hasSuffix("Defence Ministry") }.count == 1)
    }
}
