import BriefingModel
@testable import BriefingDraft
import Testing

/// "league president Rana Odeh": a person whose title names a kind of body is in the camp of the
/// one body of that kind the text names, when no affiliation was drafted. And "would appeal"
/// answers the ruling or finding before it rather than the nearest statement. Found among the
/// unpaired and wrongly paired dispute sides of development sets D, I and L. Invented sentences.
@Suite struct TitleCampTests {
    let actors = [
        organization("Dock Workers League"),
        organization("Northland", kind: .country),
        organization("Harbor Watch"),
        organization("Southland", kind: .country),
        DraftActor(name: "Rana Odeh", kind: .person, role: "president", aliases: ["Odeh"]),
        DraftActor(name: "Anna Berg", kind: .person, role: "Foreign Minister", affiliation: "Northland", aliases: ["Berg"]),
    ]

    func camps(_ raw: String, _ actors: [DraftActor]) -> [String: DraftActor] { titleCamps(raw, actors) }

    @Test func aTitleNamingAKindOfBodyJoinsThatBody() {
        let found = camps("The strike was called by the Dock Workers League. \"We will not back down,\" league president Rana Odeh told reporters.", actors)
        #expect(found["Rana Odeh"]?.affiliation == "Dock Workers League")
    }

    @Test func aTitleWithNoSuchBodyOrTwoJoinsNone() {
        #expect(camps("\"We will not back down,\" union president Rana Odeh told reporters.", actors)["Rana Odeh"]?.affiliation == nil)
        let two = actors + [organization("Port Drivers League")]
        #expect(camps("\"We will not back down,\" league president Rana Odeh told reporters.", two)["Rana Odeh"]?.affiliation == nil)
        // A drafted affiliation stays.
        #expect(camps("\"No,\" league president Anna Berg said.", actors)["Anna Berg"]?.affiliation == "Northland")
    }

    @Test func anAppealAnswersTheFindingBeforeIt() throws {
        let fixture = MentionFixture("""
            Harbor Watch found that Northland had breached the port treaty.

            Southland said Northland had opened 5,000 beds since January. Anna Berg said the government would study the finding but was likely to appeal.
            """, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Anna Berg" } })
        #expect(dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" } == ["asserts Harbor Watch", "denies Anna Berg"])
    }
}

/// The camps the dispute finder reads for a text: drafted affiliations, and those titles give.
func titleCamps(_ raw: String, _ actors: [DraftActor]) -> [String: DraftActor] {
    let fixture = MentionFixture(raw, actors)
    return TitleCamps.affiliated(AttributionCache.shared.text(for: fixture.text, actors: fixture.actors, mentions: fixture.mentions))
}

/// "A Commission spokesperson said … the spokesperson, Lucia Ferrante, told a briefing": a person
/// named after a definite title is the body's that introduced the title shortly before, for the
/// dispute camps; so the camp's affirmative account after its denial answers the charge too.
/// Found among the wrong-stance sides of development set B. Invented sentences.
@Suite struct RecalledTitleTests {
    let actors = [
        organization("Veldrian Fisheries Ministry"),
        organization("Ostmark", kind: .country),
        organization("Coastal Trawler Guild"),
        DraftActor(name: "Mira Tallis", kind: .person, role: "spokeswoman", aliases: ["Tallis"]),
        DraftActor(name: "Jon Aske", kind: .person, role: "spokesman", affiliation: "Ostmark", aliases: ["Aske"]),
    ]

    @Test func aDefiniteTitleRecallsTheBodyThatIntroducedIt() {
        let raw = """
            The Veldrian Fisheries Ministry rejected the charge. A Fisheries spokeswoman said the quotas were set by scientists.

            "Our fleet lands less cod than it did ten years ago," the spokeswoman, Mira Tallis, told reporters.
            """
        #expect(titleCamps(raw, actors)["Mira Tallis"]?.affiliation == "Veldrian Fisheries Ministry")
        let same = "A ministry spokeswoman said the quotas were fair. The Veldrian Fisheries Ministry will publish them. \"We follow the science,\" the spokeswoman Mira Tallis said."
        #expect(titleCamps(same, actors)["Mira Tallis"]?.affiliation == "Veldrian Fisheries Ministry")
    }

    @Test func noEarlierBodyTitleOrTwoBodiesOrAnIndefiniteTitleRecallNone() {
        // No body introduced the title.
        #expect(titleCamps("\"Our fleet lands less cod,\" the spokeswoman, Mira Tallis, said.", actors)["Mira Tallis"]?.affiliation == nil)
        // "A spokeswoman, Mira Tallis": an indefinite title recalls nothing.
        #expect(titleCamps("A Guild spokeswoman said the nets were legal. A spokeswoman, Mira Tallis, said more.", actors)["Mira Tallis"]?.affiliation == nil)
        // The body word names two organisations.
        let two = actors + [organization("Coastal Ferry Guild")]
        #expect(titleCamps("A Coastal spokeswoman said the nets were legal. \"No,\" the spokeswoman, Mira Tallis, said.", two)["Mira Tallis"]?.affiliation == nil)
        // Too far back: three paragraphs before.
        #expect(titleCamps("A Guild spokeswoman said the nets were legal.\n\nOne.\n\nTwo.\n\nThree.\n\n\"No,\" the spokeswoman, Mira Tallis, said.", actors)["Mira Tallis"]?.affiliation == nil)
        // A drafted affiliation stays.
        #expect(titleCamps("A Guild spokesman said the nets were legal. \"No,\" the spokesman, Jon Aske, said.", actors)["Jon Aske"]?.affiliation == "Ostmark")
    }

    @Test func theRecalledCampAnswersTheChargeWithItsOwnAccount() throws {
        let fixture = MentionFixture("""
            Ostmark accused Veldria of protectionism in its fishing quotas, saying they shut out foreign trawlers.

            The Veldrian Fisheries Ministry rejected the accusation. A Fisheries spokeswoman said the quotas were set by scientists.

            "Veldria has one of the most open fishing grounds in the region," the spokeswoman, Mira Tallis, told a briefing.
            """, actors + [organization("Veldria", kind: .country)])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let sides = found.flatMap(\.sides).filter { $0.actor == "Mira Tallis" }
        #expect(!sides.isEmpty && sides.allSatisfy { $0.stance != .asserts })
    }

    @Test func aThirdPartysPraiseStaysItsOwn() {
        let fixture = MentionFixture("""
            Ostmark accused Veldria of protectionism in its fishing quotas.

            A Guild spokeswoman said the quotas had hurt its members. "Veldria has one of the most open fishing grounds in the region," the spokeswoman, Mira Tallis, said.
            """, actors + [organization("Veldria", kind: .country)])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(!found.flatMap(\.sides).contains { $0.actor == "Mira Tallis" && $0.stance == .denies })
    }
}
