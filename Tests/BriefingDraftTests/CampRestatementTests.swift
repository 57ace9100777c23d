import BriefingModel
@testable import BriefingDraft
import Testing

/// A negation in the words of the claimant's own camp ("Ostmark will not let anyone buy its
/// elections") restates the claim; it does not deny it. Found among the wrong-stance sides of
/// development set B. Invented sentences.
@Suite struct CampRestatementTests {
    let actors = [
        organization("Ostmark", kind: .country),
        organization("Veldria", kind: .country),
        DraftActor(name: "Lena Vos", kind: .person, role: "Interior Minister", affiliation: "Ostmark", aliases: ["Vos"]),
        DraftActor(name: "Pavel Dren", kind: .person, role: "Ambassador", affiliation: "Veldria", aliases: ["Dren"]),
        DraftActor(name: "Ilse Marr", kind: .person, role: "analyst", aliases: ["Marr"]),
    ]

    func sides(_ raw: String) -> [String] {
        let fixture = MentionFixture(raw, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions, quotes: [])
        return found.flatMap(\.sides).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func theClaimantsCampRefusingSomethingElseAssertsTheClaim() {
        let found = sides("""
            Ostmark on Monday accused Veldrian diplomats of paying voters to back opposition candidates in last month's local elections.

            "Ostmark will not let anyone buy its elections or its future," Interior Minister Lena Vos told reporters.

            Veldrian Ambassador Pavel Dren denied the accusations.
            """)
        #expect(found.contains("denies Pavel Dren"))
        #expect(!found.contains("denies Lena Vos") && !found.contains("questions Lena Vos"))
    }

    @Test func anOutsiderOrTheAccusedStillDenies() {
        let found = sides("""
            Ostmark on Monday accused Veldrian diplomats of paying voters to back opposition candidates in last month's local elections.

            "Veldria has never paid anyone to vote," Ambassador Pavel Dren said.
            """)
        #expect(found.contains("denies Pavel Dren"))
    }
}
