import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

/// `briefing-eval --sides`: each gold dispute side is told kept, unpaired, lost with its
/// opponent, read with the wrong stance, given to another actor, or not read at all.
struct SideLossTests {
    let raw = """
        Northland said its harbour had reopened. Southland denied it. Harbor Watch said the channel was blocked.
        """

    private func gold(_ sides: [(actor: String, stance: String, sentence: String)]) throws -> Gold {
        let actors = ["Northland", "Southland", "Harbor Watch"].map { ["name": $0, "kind": "organization"] }
        let list = sides.map { ["actor": $0.actor, "stance": $0.stance, "sentence": $0.sentence] }
        let object: [String: Any] = ["published": NSNull(), "actors": actors, "events": [], "quotes": [],
                                     "disputes": [["topic": "Has the harbour reopened?", "sides": list]]]
        return try JSONDecoder().decode(Gold.self, from: JSONSerialization.data(withJSONObject: object))
    }

    private func kinds(disputes: [[DraftSide]], positions: [DraftSide], gold: Gold) -> [SideLoss.Kind] {
        var draft = Draft(text: TextSplitter.split(raw))
        draft.actors = ["Northland", "Southland", "Harbor Watch"].map { DraftActor(name: $0, kind: .organization) }
        draft.disputes = disputes.map { DraftDispute(question: "?", sides: $0) }
        return Evaluator.sideLosses(draft, positions: positions, against: gold).map(\.kind)
    }

    private func side(_ actor: String, _ stance: Stance, _ sentence: Int) -> DraftSide {
        DraftSide(actor: actor, stance: stance, statement: "…", source: SourceRef(paragraph: 1, sentence: sentence))
    }

    @Test func tellsEachWayASideIsLost() throws {
        let claim = side("Northland", .asserts, 1), denial = side("Southland", .denies, 2)
        let sentences = ["Northland said its harbour had reopened.", "Southland denied it.", "Harbor Watch said the channel was blocked."]
        let both = try gold([("Northland", "asserts", sentences[0]), ("Southland", "denies", sentences[1])])
        #expect(kinds(disputes: [[claim, denial]], positions: [claim, denial], gold: both) == [.kept, .kept])
        // Both read, in two disputes that never meet.
        #expect(kinds(disputes: [[claim]], positions: [claim, denial], gold: both) == [.unpaired, .unpaired])
        // The denial read as an assertion: the claim has nothing to be paired with.
        #expect(kinds(disputes: [], positions: [claim, side("Southland", .asserts, 2)], gold: both) == [.opponentLost, .wrongStance])
        // The third sentence's position went to another actor; the second has none.
        let other = try gold([("Northland", "asserts", sentences[0]), ("Harbor Watch", "denies", sentences[2])])
        #expect(kinds(disputes: [], positions: [claim, side("Southland", .denies, 3)], gold: other) == [.opponentLost, .otherActor])
        #expect(kinds(disputes: [], positions: [claim], gold: both) == [.opponentLost, .noPosition])
    }

    @Test func marksASideLeftOutOfADisputeThatWasFound() throws {
        let claim = side("Northland", .asserts, 1), denial = side("Southland", .denies, 2), doubt = side("Harbor Watch", .denies, 3)
        let sentences = ["Northland said its harbour had reopened.", "Southland denied it.", "Harbor Watch said the channel was blocked."]
        let three = try gold([("Northland", "asserts", sentences[0]), ("Southland", "denies", sentences[1]), ("Harbor Watch", "denies", sentences[2])])
        var draft = Draft(text: TextSplitter.split(raw))
        draft.actors = ["Northland", "Southland", "Harbor Watch"].map { DraftActor(name: $0, kind: .organization) }
        draft.disputes = [DraftDispute(question: "?", sides: [claim, denial])]
        let losses = Evaluator.sideLosses(draft, positions: [claim, denial, doubt], against: three)
        #expect(losses.map(\.kind) == [.kept, .kept, .unpaired])
        #expect(losses.map(\.disputeFound) == [true, true, true])
        draft.disputes = []
        #expect(Evaluator.sideLosses(draft, positions: [claim, denial, doubt], against: three).map(\.disputeFound) == [false, false, false])
    }
}
