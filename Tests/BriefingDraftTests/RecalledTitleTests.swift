import BriefingModel
@testable import BriefingDraft
import Testing

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

    func camps(_ raw: String, _ actors: [DraftActor]) -> [String: DraftActor] {
        let fixture = MentionFixture(raw, actors)
        return TitleCamps.affiliated(AttributionCache.shared.text(for: fixture.text, actors: fixture.actors, mentions: fixture.mentions))
    }

    @Test func aDefiniteTitleRecallsTheBodyThatIntroducedIt() {
        let raw = """
            The Veldrian Fisheries Ministry rejected the charge. A Fisheries spokeswoman said the quotas were set by scientists.

            "Our fleet lands less cod than it did ten years ago," the spokeswoman, Mira Tallis, told reporters.
            """
        #expect(camps(raw, actors)["Mira Tallis"]?.affiliation == "Veldrian Fisheries Ministry")
        let same = "A ministry spokeswoman said the quotas were fair. The Veldrian Fisheries Ministry will publish them. \"We follow the science,\" the spokeswoman Mira Tallis said."
        #expect(camps(same, actors)["Mira Tallis"]?.affiliation == "Veldrian Fisheries Ministry")
    }

    @Test func noEarlierBodyTitleOrTwoBodiesOrAnIndefiniteTitleRecallNone() {
        // No body introduced the title.
        #expect(camps("\"Our fleet lands less cod,\" the spokeswoman, Mira Tallis, said.", actors)["Mira Tallis"]?.affiliation == nil)
        // "A spokeswoman, Mira Tallis": an indefinite title recalls nothing.
        #expect(camps("A Guild spokeswoman said the nets were legal. A spokeswoman, Mira Tallis, said more.", actors)["Mira Tallis"]?.affiliation == nil)
        // The body word names two organisations.
        let two = actors + [organization("Coastal Ferry Guild")]
        #expect(camps("A Coastal spokeswoman said the nets were legal. \"No,\" the spokeswoman, Mira Tallis, said.", two)["Mira Tallis"]?.affiliation == nil)
        // Too far back: three paragraphs before.
        #expect(camps("A Guild spokeswoman said the nets were legal.\n\nOne.\n\nTwo.\n\nThree.\n\n\"No,\" the spokeswoman, Mira Tallis, said.", actors)["Mira Tallis"]?.affiliation == nil)
        // A drafted affiliation stays.
        #expect(camps("A Guild spokesman said the nets were legal. \"No,\" the spokesman, Jon Aske, said.", actors)["Jon Aske"]?.affiliation == "Ostmark")
    }

    @Test func theRecalledCampAnswersTheChargeWithItsOwnAccount() throws {
        let fixture = MentionFixture("""
            Ostmark accused Veldria of protectionism in its fishing quotas, saying they shut out foreign trawlers.

            The Veldrian Fisheries Ministry rejected the accusation. A Fisheries spokeswoman said the quotas were set by scientists.

            "Veldria has one of the most open fishing grounds in the region," the spokeswoman, Mira Tallis, told a briefing.
            """, actors + [organization("Veldria", kind: .country)])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions, quotes: [])
        let sides = found.flatMap(\.sides).filter { $0.actor == "Mira Tallis" }
        #expect(!sides.isEmpty && sides.allSatisfy { $0.stance != .asserts })
    }

    @Test func aThirdPartysPraiseStaysItsOwn() {
        let fixture = MentionFixture("""
            Ostmark accused Veldria of protectionism in its fishing quotas.

            A Guild spokeswoman said the quotas had hurt its members. "Veldria has one of the most open fishing grounds in the region," the spokeswoman, Mira Tallis, said.
            """, actors + [organization("Veldria", kind: .country)])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions, quotes: [])
        #expect(!found.flatMap(\.sides).contains { $0.actor == "Mira Tallis" && $0.stance == .denies })
    }
}
