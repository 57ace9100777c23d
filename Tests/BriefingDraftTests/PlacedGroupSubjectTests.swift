import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy for a group voice tied to its places or bodies, and for campaign groups'
/// national branches and collectives as speakers.
/// - "Residents of Souni and Pachna said": the residents speak, not the villages.
/// - "Transparency International Slovakia said": the branch speaks, not the country.
/// - "We Continue the Change said": a party named by a slogan keeps its pronoun and its "the".
/// - "The National Collective of Artisanal Fishermen of Senegal said": "Collective" heads a body.
@Suite struct PlacedGroupSubjectTests {
    static func quoteSpeaker(_ body: String, _ fragment: String) -> String? {
        ClauseQuoteSpeakerTests.quoteSpeaker(body, fragment)
    }

    @Test(arguments: [
        ("LIMASSOL, Cyprus (Reuters) - A wildfire burned through pine forest on Wednesday. Residents of Souni and Pachna said the aircraft came “far too late to save anything”.", "far too late", "Residents"),
        ("LIMA (AP) — The copper mine resumed work on Friday. Residents near Chumbivilcas said the trucks raised “dust all day and all night”.", "dust all day", "Residents"),
        ("BUDAPEST (Reuters) - Parliament passed the media law on Tuesday. Critics of the European Union said the law was “a line crossed”.", "a line crossed", "Critics"),
        ("BRATISLAVA (Reuters) - Slovakia's parliament passed a tax amnesty on Tuesday. Transparency International Slovakia said the bill was “an invitation to launder money”.", "launder money", "Transparency International Slovakia"),
        ("NAIROBI (Reuters) - Kenya's cabinet approved the fuel levy. Oxfam Kenya said the levy would hit “the poorest households first”.", "poorest households", "Oxfam Kenya"),
        ("SOFIA (Reuters) - Customs officers seized cocaine in Burgas. Opposition lawmakers from We Continue the Change said the audit had been “buried for a year”.", "buried for a year", "We Continue the Change"),
        ("SOFIA (Reuters) - Parliament passed the budget on Friday. We Continue the Change said the plan was “a gift to the monopolies”.", "gift to the monopolies", "We Continue the Change"),
        ("LAGOS (Reuters) - Nigeria's senate approved the loan. The Nigeria Labour Congress said the deal was “a noose around our necks”.", "noose around", "Nigeria Labour Congress"),
        ("DAKAR (Reuters) - Senegal granted new trawler licences in February. The National Collective of Artisanal Fishermen of Senegal (CNPS) said the licences were “a death sentence for our villages”.", "death sentence", "National Collective of Artisanal Fishermen of Senegal"),
        // A person, or a name with no group voice before the preposition, keeps its own reading.
        // "We" opening a sentence is no party: the capitals after it make no name.
        ("SOFIA (Reuters) - Parliament passed the budget on Friday. We expect the plan to fail, said opposition leader Kiril Petkov, who called it “a gift to the monopolies”.", "gift to the monopolies", "Kiril Petkov"),
        ("MANILA (Reuters) - Typhoon Rai left the island flooded. Mayor Ramon Cruz of Surigao said the town was “under water”.", "under water", "Ramon Cruz"),
        ("ACCRA (Reuters) - Cocoa prices rose on Monday. The Ghana Cocoa Board said the harvest was “on track”.", "on track", "Ghana Cocoa Board"),
        ("BRUSSELS (Reuters) - The bloc's ministers met on Monday. Germany and France said the plan was “not enough”.", "not enough", "Germany"),
        ("BUDAPEST (Reuters) - Parliament passed the media law on Tuesday. Critics of Prime Minister Viktor Orban said the law was “a line crossed”, but Orban said it was “overdue”.", "overdue", "Viktor Orban"),
    ] as [(String, String, String?)])
    func speaker(_ body: String, _ fragment: String, _ expected: String?) {
        #expect(Self.quoteSpeaker(body, fragment) == expected)
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
}
