import BriefingModel

/// "The ministry has said its officers did not use live ammunition, a claim the ombudsman
/// rejects": the claim the relative clause answers is itself a denial (its officers did not
/// fire), so rejecting it asserts what was denied — the ombudsman and the ministry take opposite
/// sides, not the same one. Only for a gapped answer (`answersGappedClaim`) whose claim, said
/// earlier in the same sentence, was read as denying; a rejected assertion ("said the officers
/// fired, a claim the ministry rejects") still denies.
extension PositionFinder {
    static func assertsByRejectingDenial(_ answer: inout StancePosition, claimCue: Int, among positions: [StancePosition]) {
        guard answer.answersGappedClaim, answer.stance == .denies,
              let claim = positions.last(where: { $0.cue == claimCue && $0.sentence == answer.sentence && $0.paragraph == answer.paragraph }),
              claim.actor != answer.actor, claim.stance == .denies else { return }
        answer.stance = .asserts
        // What it asserts is the claim's subject, and the claim's speaker is the one it answers.
        answer.stems.formUnion(claim.stems)
        answer.mentioned.insert(claim.actor)
    }
}
