/// "The ministry said construction would create 12,000 jobs. Economists at the university said
/// the figure was closer to 3,000": a count correction ("the figure was closer to …", "the real
/// number is …") names no thing counted, so it corrects the nearest number another camp gave
/// just before — a clause holding a number anywhere, not only one whose subject is a number.
/// Read only this way it had answered an older count ("only two meetings had taken place") a
/// paragraph up, past the figure it points at.
extension DisputeFinder {
    /// The order of the nearest earlier assertion by another camp holding another number, in
    /// the look-back given (the last two paragraphs), or nil.
    static func correctedCount(by answer: StancePosition, earlier: ReversedCollection<ArraySlice<StancePosition>>.SubSequence,
                               camps: Camps) -> Int? {
        guard let number = answer.countClause?.number else { return nil }
        return earlier.first { claim in
            claim.stance == .asserts && claim.ref != answer.ref && claim.hasStatement
                && (claim.counts || claim.countClause != nil)
        }.flatMap { claim in
            // The nearest number is the one pointed at: from an ally, or the same number, it is no rival.
            camps.allied(claim.actor, answer.actor) || claim.countClause?.number == number ? nil : claim.order
        }
    }
}
