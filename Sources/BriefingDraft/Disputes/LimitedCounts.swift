/// "Asked whether the government had consulted the public, the minister replied: “We held
/// meetings in every county.” … According to the union, only two such meetings took place":
/// a count marked as less than told ("only two meetings", "two such meetings") answers the
/// nearest account by another camp of the same thing — the counted noun among its words —
/// though that account gives no number of its own, or gives one in its object ("We held forty
/// meetings"), where `resolveRivalCounts` looks for a number as the clause's subject.
extension PositionFinder {
    /// Qualifiers that make a count smaller than expected.
    static let limitingQualifiers = D.words("only just barely merely")
}

extension DisputeFinder {
    /// The order of the nearest earlier assertion by another camp (in the look-back given) that
    /// speaks of what a limited count counts, with no number of its own equal to it; or nil.
    static func limitedAccount(by answer: StancePosition, earlier: ReversedCollection<ArraySlice<StancePosition>>.SubSequence,
                               camps: Camps) -> Int? {
        guard let count = answer.countClause, count.limits, let noun = count.noun else { return nil }
        guard let claim = earlier.first(where: { $0.ref != answer.ref && $0.stems.contains(noun) }) else { return nil }
        // The nearest to speak of the thing is the one answered: from an ally, agreeing or
        // answering already, it is no rival account.
        guard claim.stance == .asserts, claim.hasStatement, claim.contrastTarget == nil,
              !camps.allied(claim.actor, answer.actor),
              claim.countClause?.number != count.number else { return nil }
        return claim.order
    }
}
