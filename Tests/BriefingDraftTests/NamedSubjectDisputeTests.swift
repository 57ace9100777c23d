import BriefingModel
import Testing
@testable import BriefingDraft

/// "Residents of three villages near Tarvana dispute that, saying …": the bare "dispute" after a
/// subject that ends in a place name, before "that" closed by punctuation, is the verb of a
/// denial; "the Kashmir dispute that, …" and "a Tarvana dispute that began …" are nouns.
/// Every passage is invented.
@Suite struct NamedSubjectDisputeTests {
    static func tokens(_ sentence: String) -> [ParagraphView.Token] {
        let fixture = MentionFixture(sentence, [])
        return AttributionText(text: fixture.text, actors: fixture.actors, mentions: fixture.mentions).paragraphs[0].tokens
    }

    @Test(arguments: [
        ("Residents of three villages near Tarvana dispute that, saying they have farmed it for years.", true),
        ("Fishermen around Lake Osh dispute that.", true),
        ("It revived the Kashmir dispute that, for decades, has divided them.", false),
        ("Talks on the Tarvana dispute that began in May stalled.", false),
    ])
    func readsTheVerb(_ sentence: String, _ verb: Bool) {
        let tokens = Self.tokens(sentence)
        let found = tokens.indices.contains { tokens[$0].lower == "dispute" && PositionFinder.endsNamedSubject(tokens, at: $0) }
        #expect(found == verb, "\(sentence)")
    }

    func stances(_ raw: String, of actor: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == actor }.map(\.stance.rawValue)
    }

    @Test func villagersNearAPlaceDeny() {
        let raw = "The Ministry of Agriculture said the land was unused. Residents of two villages near Bafata dispute that, saying they have farmed it for generations."
        #expect(stances(raw, of: "Residents") == ["denies"], "\(stances(raw, of: "Residents"))")
    }

    @Test func aNamedQuarrelIsNoDenial() {
        let raw = "The Ministry of Agriculture said the land was unused. Talks on the Bafata dispute that began in May have stalled, the ministry said."
        #expect(!stances(raw, of: "Ministry of Agriculture").contains("denies"))
    }
}
