/// Where a gold dispute side was lost, for `briefing-eval --sides`: the sides of every gold
/// dispute set against every position the dispute finder read (`Drafter.positions`), in a
/// dispute or not, so that a side that was read right but never paired with its opposing
/// side is told apart from one read with the wrong stance, given to another actor, or not
/// read at all.
public struct SideLoss: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// In a drafted dispute that finds its gold dispute.
        case kept
        /// Read with the right actor and stance in its sentence, as was a side of another stance
        /// of its gold dispute, but no drafted dispute holds the two.
        case unpaired
        /// Read right, but no side of another stance of its gold dispute was: lost with it.
        case opponentLost = "opponent lost"
        /// Read for the right actor in its sentence with another stance.
        case wrongStance = "wrong stance"
        /// Its sentence's positions went to other actors.
        case otherActor = "other actor"
        /// No position read in its sentence.
        case noPosition = "no position"
    }

    public var kind: Kind
    /// "actor stance", as the gold model says.
    public var side: String
    public var topic: String
    public var sentence: String?
    /// What was drafted in the sentence, and where it went.
    public var detail: String
    /// Its gold dispute was found (for a side not kept: by a drafted dispute without it).
    public var disputeFound = false

    public var description: String {
        var line = "\(kind.rawValue)\(kind != .kept && disputeFound ? " (dispute found without it)" : ""): \(side) — \(topic)"
        if let sentence { line += "\n      in: \(sentence)" }
        if !detail.isEmpty { line += "\n      drafted: \(detail)" }
        return line
    }
}

extension Evaluator {
    /// One `SideLoss` per gold dispute side. A side is kept when a drafted dispute holds it and
    /// a side of another stance of the same gold dispute (the rule `score` finds disputes by).
    public static func sideLosses(_ draft: Draft, positions: [DraftSide], against gold: Gold) -> [SideLoss] {
        let actors = ActorMatch(draft: draft, gold: gold)
        let sentences = positions.map { draft.text.sentence($0.source).map { fold($0.text) } }
        // A position is read the way round its own drafted dispute is read against the gold
        // dispute (`QuestionOrientation`); one in no dispute, as written.
        let homeDispute = positions.map { position in
            draft.disputes.firstIndex { $0.sides.contains { $0.actor == position.actor && $0.stance == position.stance && $0.source == position.source } }
        }
        func holds(_ drafted: DraftSide, _ side: Gold.Side, _ orientation: QuestionOrientation = .asWritten) -> Bool {
            orientation.reading(drafted.stance.rawValue) == side.stance && actors.same(drafted.actor, side.actor)
        }
        func describe(_ position: DraftSide) -> String {
            let homes = draft.disputes.indices.filter { d in
                draft.disputes[d].sides.contains { $0.actor == position.actor && $0.stance == position.stance && $0.source == position.source }
            }
            let home = homes.isEmpty ? "in no dispute" : homes.map { d in
                "in #\(d + 1) \"\(draft.disputes[d].question)\" [" + draft.disputes[d].sides.map { "\($0.actor) \($0.stance.rawValue)" }.joined(separator: ", ") + "]"
            }.joined(separator: "; ")
            return "\(position.actor) \(position.stance.rawValue) \(home)"
        }
        var losses: [SideLoss] = []
        for dispute in gold.disputes {
            let orientations = draft.disputes.map { QuestionOrientation.best($0, against: dispute, same: actors.same) }
            let finders = draft.disputes.indices.filter { finds(draft.disputes[$0], dispute, same: actors.same) }
            func read(_ side: Gold.Side) -> [(position: DraftSide, orientation: QuestionOrientation)] {
                let wanted = side.sentence.map(fold)
                return positions.indices.filter { wanted == nil || sentences[$0] == wanted }.map { p in
                    (positions[p], homeDispute[p].map { orientations[$0] } ?? .asWritten)
                }
            }
            func readRight(_ side: Gold.Side) -> Bool { read(side).contains { holds($0.position, side, $0.orientation) } }
            for side in dispute.sides {
                let here = read(side)
                let kind: SideLoss.Kind
                var shown = here
                if finders.contains(where: { f in draft.disputes[f].sides.contains { holds($0, side, orientations[f]) } }) {
                    kind = .kept
                    shown = []
                } else if readRight(side) {
                    kind = dispute.sides.contains { $0.stance != side.stance && readRight($0) } ? .unpaired : .opponentLost
                    shown = here.filter { holds($0.position, side, $0.orientation) }
                } else if here.contains(where: { actors.same($0.position.actor, side.actor) }) {
                    kind = .wrongStance
                    shown = here.filter { actors.same($0.position.actor, side.actor) }
                } else {
                    kind = here.isEmpty ? .noPosition : .otherActor
                }
                losses.append(SideLoss(kind: kind, side: "\(side.actor) \(side.stance)", topic: dispute.topic, sentence: side.sentence,
                                       detail: shown.map { describe($0.position) }.joined(separator: " | "), disputeFound: !finders.isEmpty))
            }
        }
        return losses
    }
}
