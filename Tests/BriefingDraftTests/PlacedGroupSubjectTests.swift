import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy for a group voice tied to its places or bodies, and for campaign groups'
/// national branches and collectives as speakers (the speaker cases stand in ClauseQuoteSpeakerTests).
/// - "Residents of Souni and Pachna said": the residents speak, not the villages.
/// - "Transparency International Slovakia said": the branch speaks, not the country.
/// - "We Continue the Change said": a party named by a slogan keeps its pronoun and its "the".
/// - "The National Collective of Artisanal Fishermen of Senegal said": "Collective" heads a body.
@Suite struct PlacedGroupSubjectTests {
    static func quoteSpeaker(_ body: String, _ fragment: String) -> String? {
        ClauseQuoteSpeakerTests.quoteSpeaker(body, fragment)
    }

    /// "Villagers in Chikwawa, Nsanje and Mulanje said": a voice head whose verb stands more than a
    /// few words after it is not drafted as a group, so no group can speak.
    @Test func longPlaceListBeforeTheVerb() {
        withKnownIssue {
            #expect(Self.quoteSpeaker("LILONGWE (Reuters) - Floods cut the main road south on Monday. Villagers in Chikwawa, Nsanje and Mulanje said the relief trucks were “nowhere to be seen”.", "nowhere to be seen") == "Villagers")
        }
    }

    /// A campaign group named only in its own index stays an actor, and no branch is made of it.
    @Test func campaignGroupWithoutBranch() {
        let draft = Drafter.draft("Headline\n\nHARARE (Reuters) - Zimbabwe ranked 158th of 180 countries in Transparency International’s latest corruption perceptions index, published last month.\n", published: nil)
        #expect(draft.actors.contains { $0.name == "Transparency International" })
        #expect(!draft.actors.contains { $0.name.hasPrefix("Transparency International ") })
    }

    /// "Villagers in eastern India accused …": the place stands in a short description after the
    /// voice's preposition; the villagers speak, not the country.
    @Test func voiceBeforeADescribedPlace() {
        let raw = """
            Bhubaneswar (AFP) - Villagers in eastern India accused a private dam operator on Wednesday of opening its floodgates without “any warning” at night.

            India's water ministry said the release had followed the rules.
            """
        #expect(Self.quoteSpeaker(raw, "any warning") == "Villagers")
    }
}
