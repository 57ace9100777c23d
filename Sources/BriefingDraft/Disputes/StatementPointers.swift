import BriefingModel

/// "dismissed the union's statement as “old news”", "rejected the minister's remarks", "disputed
/// those comments": a denial that names what was said by its word for a statement points back at
/// it as "the claims" does, and a possessive names who said it. Without this the denial answered
/// nothing in particular and went to whatever claim was near (probing invented wire copy: the
/// tea company's rejection of the union's statement made no dispute). "said in a statement",
/// "denied it in a statement to Reuters": the statement that carries the denial is no pointer.
extension PositionFinder {
    static let statementWords: Set<String> = ["statement", "statements", "remarks", "comments"]

    /// Is the word at `offset` a statement noun pointed at ("the", "those", a possessive), not
    /// the vehicle of the speaker's own words ("in a statement", "in comments to")?
    static func pointsAtStatement(_ lowers: [String], at offset: Int) -> Bool {
        guard statementWords.contains(lowers[offset]), offset > 0 else { return false }
        let pointers: Set<String> = ["the", "that", "this", "those", "these", "his", "her", "its", "their"]
        var k = offset - 1
        // One modifier may stand between: "the union's latest statement".
        if k > 0, !pointers.contains(lowers[k]), !isPossessive(lowers[k]) { k -= 1 }
        let pointer = lowers[k]
        guard pointers.contains(pointer) || isPossessive(pointer) else { return false }
        // "in the statement", "in its statement", "in comments": the carrier, not what is answered.
        return !(k > 0 && ["in", "through", "via"].contains(lowers[k - 1]))
    }

    static func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("s'")
    }
}

extension DisputeFinder {
    /// A position of `claimant` before `answer` that denies only by a "not" in its reported
    /// clause ("said pickers had not received a pay rise"): no verb of denial, no pointer back,
    /// no claimant of its own. An answer naming its speaker's statement turns it into the claim.
    static func negatedOnly(_ candidate: StancePosition, before answer: StancePosition, by claimant: String) -> Bool {
        candidate.actor == claimant && candidate.order < answer.order && candidate.stance == .denies
            && !candidate.answersByVerb && candidate.anaphora == 0 && candidate.namedClaimant == nil
            && answer.paragraph - candidate.paragraph <= 2
    }
}
