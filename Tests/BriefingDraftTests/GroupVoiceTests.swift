import BriefingModel
import Testing
@testable import BriefingDraft

/// Unnamed group voices ("aid groups", "residents and aid workers") found on the miss lists
/// of held-out sets D and G: mentioned wherever their phrase recurs, one voice under two heads
/// that share the modifier, two voices joined by "and" as one side. The sentences are invented.
extension NameCauseTests {
    @Test func aVoicesPhraseIsAMentionWhereverItRecurs() throws {
        let result = find("""
            Aid groups say the real toll is far higher.
            The ministry said some of the deaths counted by aid groups were from other causes.
            """)
        let voice = try #require(actor(result, "Aid groups"))
        #expect(voice.kind == .other)
        #expect(voice.mentions.count == 2)
    }

    @Test func oneModifierUnderTwoHeadsIsOneVoice() throws {
        let result = find("""
            Aid groups say the real toll is far higher.
            Aid workers questioned that reading on Monday.
            """)
        let voice = try #require(actor(result, "Aid groups"))
        #expect(voice.aliases.contains("Aid workers"))
        #expect(actor(result, "Aid workers") == nil)
        // Another modifier is another voice.
        let two = find("""
            Rights groups say the army fired first.
            Aid groups said the camp was shelled.
            """)
        #expect(actor(two, "Rights groups") != nil && actor(two, "Aid groups") != nil)
    }

    @Test func twoVoicesJoinedByAndAreOneSide() throws {
        let result = find("Residents and aid workers have accused the army of leaving the town lightly guarded.")
        #expect(actor(result, "Residents and aid workers")?.kind == .other)
        #expect(actor(result, "Residents") == nil)
        // A voice needs a position: residents who are only moved are none.
        #expect(actor(find("Residents were moved to a school on Monday."), "Residents") == nil)
    }

    @Test func aVoiceThatRecursTakesItsSide() {
        let found = sides("""
            The health agency said on Wednesday that a cholera outbreak had killed 412 people since January.
            Aid groups say the real toll is far higher.
            The agency's director, Musa Bello, said the toll was under control. Aid workers questioned that reading.
            """)
        #expect(found.contains { $0.contains("questions Aid groups") })
    }
}

/// An unnamed state body ("the defence ministry") where the text names no such ministry.
extension NameCauseTests {
    @Test func anUnnamedMinistryIsTheOneOfTheCountryInContext() throws {
        let result = find("""
            Mozambique said on Monday that the town was safe, and Mozambique's army said it was in control.
            Residents and aid workers have accused the army of leaving the town lightly guarded.
            The defence ministry rejected the accusation, saying the move was routine.
            """)
        let ministry = try #require(actor(result, "Mozambican Defence Ministry"))
        #expect(ministry.affiliation == "Mozambique")
        #expect(ministry.aliases.contains("the defence ministry"))
        // A ministry that only figures in a phrase is no actor, nor is a bare "the ministry".
        let idle = find("Mozambique said on Monday that the town was safe, and Mozambique's army said it was in control. Aid arrived from the defence ministry warehouse.")
        #expect(!idle.actors.contains { $0.name.hasSuffix("Defence Ministry") })
        let bare = find("Mozambique said on Monday that the town was safe, and Mozambique's army said it was in control. The ministry said the town was safe.")
        #expect(!bare.actors.contains { $0.name.hasSuffix(" Ministry") && $0.name.split(separator: " ").count == 2 })
    }
}

/// A name set off by commas before "was quoted as saying" is a speaker.
extension NameCauseTests {
    @Test func aNameSetOffBeforeWasQuotedIsAPerson() throws {
        let result = find("“The needs are great,” the agency’s chief of mission, Helena Sousa Martins, was quoted by the Lusa news agency as saying.")
        #expect(actor(result, "Helena Sousa Martins")?.kind == .person)
        // A place set off by commas is no speaker: "in the capital, Maputo, was quiet".
        let place = find("Life in the capital, Maputo, was quiet on Monday.")
        #expect(actor(place, "Maputo")?.kind != .person)
    }
}

/// "the agency" after a body named after its country is that body, not the wire agency.
extension NameCauseTests {
    @Test func theAgencyIsTheBodyNamedAfterItsCountry() throws {
        let result = find("""
            Abuja (AFP) - Nigeria's health officials said on Wednesday that 412 people had died.
            An official told AFP on condition of anonymity that the request came late.
            Nigeria suffered its worst outbreak in 2021, according to the Nigeria Centre for Disease Control. The agency's director general, Chukwuemeka Obi, said the outbreak was under control.
            """)
        let centre = try #require(actor(result, "Nigeria Centre for Disease Control"))
        #expect(centre.aliases.contains("the agency"))
        #expect(actor(result, "AFP")?.aliases.contains("the agency") != true)
    }
}
