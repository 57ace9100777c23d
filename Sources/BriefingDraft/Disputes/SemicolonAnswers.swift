import BriefingModel

/// "Critics say the government has failed to punish officers; the government says every case is
/// under investigation", "Police said two people died; organisers put the toll at 14": two
/// speakers' clauses set side by side with a semicolon answer each other as "…, but Y said" does
/// — when the second speaker is the one the first clause names, or both clauses count. Two
/// clauses that merely follow each other ("the ministry said the plan would go ahead; the union
/// said it would vote on Friday") stay apart.
extension PositionFinder {
    /// Does a semicolon outside quotes stand between the cue at `first` and the cue at `second`?
    static func semicolonBetween(_ first: Int, _ second: Int, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard first < second else { return false }
        return (first..<second).contains { tokens[$0].kind == .punct && tokens[$0].depth == 0 && tokens[$0].lower == ";" }
    }

    /// Marks `answer` as set against `claim` when a semicolon joins them and the answer's speaker
    /// is named by the claim, or both put numbers on something.
    static func answersAcrossSemicolon(_ answer: inout StancePosition, claim: StancePosition, in p: Int, text: AttributionText) {
        guard claim.actor != answer.actor, claim.stance == .asserts, !answer.contrasts,
              semicolonBetween(claim.cue, answer.cue, in: p, text: text) else { return }
        let named = claim.mentioned.contains(answer.actor) || claim.about == answer.actor || claim.accused == answer.actor
        let counted = (claim.counts || claim.countClause != nil) && (answer.counts || answer.estimates)
        guard named || counted else { return }
        answer.contrasts = true
        answer.contrastsWith = claim.actor
    }
}
