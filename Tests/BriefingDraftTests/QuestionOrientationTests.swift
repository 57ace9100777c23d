import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

/// A drafted dispute is scored against a gold dispute the way round its question matches
/// better, one way for the whole dispute.
struct QuestionOrientationTests {
    private let sentence = "The tribunal blamed a power failure, but the campaign said the outage had been used to fix the count."

    private func gold(_ sides: [(actor: String, stance: String)]) throws -> Gold {
        let actors = Set(sides.map(\.actor)).sorted().map { ["name": $0, "kind": "organization"] }
        let list = sides.map { ["actor": $0.actor, "stance": $0.stance, "sentence": sentence] }
        let object: [String: Any] = ["published": "2024-08-28", "actors": actors, "events": [], "quotes": [],
                                     "disputes": [["topic": "Was the outage used to fix the count?", "sides": list]]]
        return try JSONDecoder().decode(Gold.self, from: JSONSerialization.data(withJSONObject: object))
    }

    private func draft(_ sides: [(actor: String, stance: Stance)]) -> Draft {
        var draft = Draft(text: TextSplitter.split(sentence))
        draft.actors = Set(sides.map(\.actor)).sorted().map { DraftActor(name: $0, kind: .organization) }
        draft.disputes = [DraftDispute(question: "Is it true that a power failure caused the outage?", sides: sides.map {
            DraftSide(actor: $0.actor, stance: $0.stance, statement: "", source: SourceRef(paragraph: 1, sentence: 1))
        })]
        return draft
    }

    @Test func aDisputeAskedTheOtherWayRoundIsFound() throws {
        let report = Evaluator.score(draft([("Tribunal", .asserts), ("Campaign", .denies)]),
                                     against: try gold([("Tribunal", "denies"), ("Campaign", "asserts")]))
        #expect(report.disputes.truePositives == 1)
        #expect(report.disputeSides.truePositives == 2)
    }

    @Test func aQuestioningSideReadsTheSameEitherWay() throws {
        let report = Evaluator.score(draft([("Tribunal", .asserts), ("Observers", .questions)]),
                                     against: try gold([("Tribunal", "denies"), ("Observers", "questions")]))
        #expect(report.disputes.truePositives == 1)
        #expect(report.disputeSides.truePositives == 2)
    }

    @Test func bothSidesOnOneStanceAreNotADisputeEitherWay() throws {
        // The gold opposes them; the draft puts them on one side, which no reading turns round.
        let report = Evaluator.score(draft([("Tribunal", .asserts), ("Campaign", .asserts)]),
                                     against: try gold([("Tribunal", "denies"), ("Campaign", "asserts")]))
        #expect(report.disputes.truePositives == 0)
        #expect(report.disputeSides.truePositives == 1)
    }

    @Test func oneReadingForTheWholeDispute() throws {
        // Turned, the tribunal and the campaign match and the observer does not; as written only
        // the observer does. The better reading wins, and no side is read the other way alone.
        let report = Evaluator.score(draft([("Tribunal", .asserts), ("Campaign", .denies), ("Observers", .denies)]),
                                     against: try gold([("Tribunal", "denies"), ("Campaign", "asserts"), ("Observers", "denies")]))
        #expect(report.disputes.truePositives == 1)
        #expect(report.disputeSides.truePositives == 2)
    }
}
