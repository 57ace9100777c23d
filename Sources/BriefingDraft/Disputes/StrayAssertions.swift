import BriefingModel

/// "“We followed the money,” prosecutor Ana Reyes told the court." A voice that backs a
/// claim in its own words shares no subject word with it, names nobody and speaks for no
/// camp in the dispute, so gathering (`grow`) leaves it out and it ends in no dispute at
/// all — a side lost though the dispute beside it was found (`briefing-eval --sides`:
/// "unpaired … in no dispute"). Once the disputes are made (answers to answers included),
/// a quoted assertion in no dispute joins the dispute whose sides stand nearest it (its own
/// paragraph or the next one), as another voice for the claim, when its actor has no side
/// there, is not of that dispute's opposing camp, and no other dispute stands as near. A
/// news outlet's own report is no voice in the dispute.
extension DisputeFinder {
    static func assembleWithStrays(_ positions: [StancePosition], actors: [String: DraftActor]) -> (disputes: [DraftDispute], positions: [StancePosition]) {
        let made = assembleAnswering(positions, actors: actors)
        let camps = Camps(actors: actors, names: made.positions.flatMap { [$0.actor] + $0.mentioned.sorted() })
        let media = Set(actors.values.filter { $0.kind == .media }.map(\.name))
        return (StrayAssertions.attach(made.disputes, positions: made.positions, camps: camps, media: media), made.positions)
    }

    enum StrayAssertions {
        /// How many paragraphs from a dispute's nearest side a stray assertion may stand.
        static let reach = 1

        static func attach(_ disputes: [DraftDispute], positions: [StancePosition], camps: Camps, media: Set<String>) -> [DraftDispute] {
            // Distances are measured to the sides the disputes were made with, so that one
            // stray joined does not carry a dispute on to the next.
            let made = disputes
            var disputes = disputes
            let placed = Set(made.flatMap { $0.sides.map { SideKey(actor: $0.actor, ref: $0.source) } })
            for stray in positions where stray.stance == .asserts && quoted(stray.statement) && !media.contains(stray.actor)
                && !placed.contains(SideKey(actor: stray.actor, ref: stray.ref)) {
                var best: (index: Int, apart: Int)?
                var tied = false
                for (index, dispute) in made.enumerated() {
                    let apart = dispute.sides.map { abs($0.source.paragraph - stray.ref.paragraph) }.min() ?? Int.max
                    guard apart <= reach,
                          !disputes[index].sides.contains(where: { $0.actor == stray.actor }),
                          !dispute.sides.contains(where: { $0.stance != .asserts && camps.allied($0.actor, stray.actor) })
                    else { continue }
                    if let current = best, apart >= current.apart {
                        if apart == current.apart { tied = true }
                    } else {
                        best = (index, apart)
                        tied = false
                    }
                }
                if let best, !tied {
                    disputes[best.index].sides.append(DraftSide(actor: stray.actor, stance: .asserts, statement: stray.statement, source: stray.ref))
                }
            }
            return disputes
        }

        /// Words in the voice's own quotation marks: a witness or an official speaking to the
        /// matter. A remark reported in the writer's words ("an analyst said the halt would
        /// strain the budget") is as often background beside the dispute as a side of it.
        static func quoted(_ statement: String) -> Bool {
            guard let first = statement.first(where: { !$0.isWhitespace }) else { return false }
            return first == "\"" || first == "\u{201C}" || first == "\u{00AB}"
        }
    }
}
