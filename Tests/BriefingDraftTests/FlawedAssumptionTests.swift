@testable import BriefingDraft
import BriefingModel
import Testing

/// A finding said to rest on assumptions judged wrong is rejected ("the study relied on
/// “optimistic assumptions”"); assumptions named without a verdict, or revised, are not. Every
/// sentence invented.
@Suite struct FlawedAssumptionTests {
    @Test func readsJudgedAssumptions() {
        let rejecting = [
            "the study relied on \u{201C}optimistic assumptions\u{201D} about the cost of laying pipe",
            "the budget forecast rests on unrealistic assumptions about oil prices",
            "the airline said the ministry's job figures were based on flawed assumptions",
            "the rating agency's downgrade was built on outdated assumptions, the treasury said",
        ]
        let plain = [
            "the plan rests on three assumptions about demand",
            "the central bank revised its optimistic assumptions for growth",
            "economists made optimistic assumptions last year",
            "the model relies on assumptions published by the ministry",
        ]
        for sentence in rejecting {
            #expect(PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(sentence)), "\(sentence)")
        }
        for sentence in plain {
            #expect(!PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(sentence)), "\(sentence)")
        }
    }

    static let actors = [
        organization("Kenya", kind: .country),
        organization("Kenyan Energy Ministry", "energy ministry"),
        organization("Tullow Oil", "Tullow"),
    ]

    @Test func answersTheFinding() {
        let fixture = MentionFixture("""
            Kenya's energy ministry said on Tuesday that a study had shown a crude pipeline to the port of Lamu was commercially viable.

            Tullow said in a statement that the study relied on "optimistic assumptions" about crude prices.
            """, Self.actors)
        let drafted = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        #expect(drafted.contains(["asserts Kenyan Energy Ministry", "denies Tullow Oil"]), "\(drafted)")
    }
}
