import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

/// A drafted dispute finds at most one gold dispute: one accuser's two charges, both answered
/// by the same accused, are two gold disputes, and a draft that holds all four sides in one
/// dispute has drafted one of them.
struct DisputeMatchingTests {
    private let sentence = "The union accused Harrow Freight of cutting wages and of firing strikers, which the company denied."

    private func gold(_ disputes: [[(actor: String, stance: String)]]) throws -> Gold {
        let names = Set(disputes.flatMap { $0.map(\.actor) }).sorted()
        let object: [String: Any] = [
            "published": "2025-03-04", "actors": names.map { ["name": $0, "kind": "organization"] }, "events": [], "quotes": [],
            "disputes": disputes.enumerated().map { index, sides in
                ["topic": "Charge \(index + 1)?", "sides": sides.map { ["actor": $0.actor, "stance": $0.stance, "sentence": sentence] }]
            },
        ]
        return try JSONDecoder().decode(Gold.self, from: JSONSerialization.data(withJSONObject: object))
    }

    private func draft(_ disputes: [[(actor: String, stance: Stance)]]) -> Draft {
        var draft = Draft(text: TextSplitter.split(sentence))
        draft.actors = Set(disputes.flatMap { $0.map(\.actor) }).sorted().map { DraftActor(name: $0, kind: .organization) }
        draft.disputes = disputes.map { sides in
            DraftDispute(question: "Is it true?", sides: sides.map {
                DraftSide(actor: $0.actor, stance: $0.stance, statement: "", source: SourceRef(paragraph: 1, sentence: 1))
            })
        }
        return draft
    }

    private let twoCharges: [[(actor: String, stance: String)]] = [
        [("Union", "asserts"), ("Harrow Freight", "denies")],
        [("Union", "asserts"), ("Harrow Freight", "denies")],
    ]

    @Test func oneDraftedDisputeFindsOneGoldDispute() throws {
        let report = Evaluator.score(draft([[("Union", .asserts), ("Harrow Freight", .denies)]]), against: try gold(twoCharges))
        #expect(report.disputes.truePositives == 1)
        #expect(report.disputes.drafted == 1)
    }

    @Test func twoDraftedDisputesFindTwo() throws {
        let report = Evaluator.score(draft([[("Union", .asserts), ("Harrow Freight", .denies)],
                                            [("Union", .asserts), ("Harrow Freight", .denies)]]), against: try gold(twoCharges))
        #expect(report.disputes.truePositives == 2)
    }

    @Test func theOnlyFinderOfADisputeIsLeftToIt() {
        // Gold 0 is found by drafts 0 and 1, gold 1 only by draft 0: taking draft 0 for gold 0
        // would cost gold 1 its only finder, so the matching pairs 0–1 and 1–0.
        let pairs = DisputeMatching.pairs([[0, 1], [0]])
        #expect(pairs.count == 2)
        #expect(pairs[1] == 0)
        #expect(pairs[0] == 1)
    }

    @Test func aGoldDisputeNoDraftFindsStaysUnpaired() {
        #expect(DisputeMatching.pairs([[], [0], [0]]).count == 1)
        #expect(DisputeMatching.pairs([]).isEmpty)
    }
}
