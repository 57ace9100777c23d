import BriefingModel

/// "… some building sites had slowed for lack of workers, a claim the migration agency
/// questioned": an answer that points back with a noun ("a claim", "a charge") tacked onto the
/// claim of its own sentence answers that claim alone. It is no denial of the neighbouring
/// claims as a whole ("the allegations"), so it must not join the dispute of the claim before it
/// on the strength of pointing back (helper mg; `BoundAnswerTests`).
extension DisputeFinder {
    static func answersOwnSentence(_ d: Int, positions: [StancePosition], seeded: [Int: Int]) -> Bool {
        let answer = positions[d]
        guard answer.anaphora > 0, answer.namedClaimant == nil, let core = seeded[d] else { return false }
        return core != d && positions[core].ref == answer.ref && positions[core].order < answer.order
    }
}
