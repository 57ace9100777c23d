import BriefingModel

/// "The ministry denied raising the fees. … Its spokesman said the fees had stayed the same
/// since 2020": within a dispute, an account by the denier's own camp close to the denial
/// answers the claim too — its words are a rival account, not a claim of its own. It denies, or
/// doubts when it hedges ("could", "may"). An account of what was needs no words in common
/// with the dispute ("Its spokesman said the minister had been abroad all week"); one of what
/// will be ("a new trade office would open next month") must share one.
extension DisputeFinder {
    static func campAnswer(_ a: Int, ally: Int, positions: [StancePosition], compact: [Compact], topic: [Int]) -> Stance? {
        let position = positions[a]
        // An accusation of its own is a counter-claim, not an answer.
        // "turnout had reached 61 percent": a figure of its own business answers nothing.
        guard !position.isClaim, position.hasStatement, !isBackground(position.statement),
              abs(position.paragraph - positions[ally].paragraph) <= 2,
              shared(compact[a].stems, topic) >= 1 || !tellsFuture(position.statement) else { return nil }
        return position.hedged ? .questions : .denies
    }
}
