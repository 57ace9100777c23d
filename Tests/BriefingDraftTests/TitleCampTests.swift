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

    func camps(_ raw: String, _ actors: [DraftActor]) -> [String: DraftActor] {
        let fixture = MentionFixture(raw, actors)
        return TitleCamps.affiliated(AttributionCache.shared.text(for: fixture.text, actors: fixture.actors, mentions: fixture.mentions))
    }

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
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions, quotes: [])
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Anna Berg" } })
        #expect(dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" } == ["asserts Harbor Watch", "denies Anna Berg"])
    }
}
