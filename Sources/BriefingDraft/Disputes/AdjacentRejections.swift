import BriefingModel

/// "The director said the airline had paid 40 days late, not within the seven days the law
/// requires. Fjordfly rejected that.": a bare rejection ("rejected that", "disputed it", "denied
/// the account"), made with its own verb and nothing more, answers the sentence just before it.
/// When that sentence is another camp's account that reads as a denial only by a correction
/// ("…, not within the seven days"), the rejection shows it was the claim: it asserts, and the
/// rejection is set against it — unless that account itself answers an assertion of another camp
/// made just before it on the same subject (a subject word shared, within two paragraphs), or its
/// own camp denied or doubted just before: then it is an answer, and the rejection answers the
/// answer as `answeredAnswer` decides. Only the position right before, in the previous sentence of
/// the paragraph (or the last one of the paragraph before): a rejection further off points at
/// whatever the scoring finds. "Rejected the figure" is left to `countQuestioned` and
/// `answeredAnswer`: read here it cost sets J and T a side (2026-12-04).
extension DisputeFinder {
    private typealias D = DisputeLexicon

    static func resolveAdjacentRejections(_ positions: inout [StancePosition], camps: Camps) {
        for d in positions.indices.dropFirst() {
            let answer = positions[d]
            guard answer.stance == .denies, answer.answersByVerb, answer.anaphora == 1,
                  answer.namedClaimant == nil, answer.contrastTarget == nil, answer.pointedCount == nil else { continue }
            let words = answer.statement.lowercased().split(separator: " ")
            guard words.count <= 3, !words.contains(where: { D.countNouns.contains(String($0)) }) else { continue }
            let before = positions[d - 1]
            let adjacent = (before.paragraph == answer.paragraph && before.sentence == answer.sentence - 1)
                || (before.paragraph == answer.paragraph - 1 && answer.sentence == 0)
            // Only a correction: "…, not within the seven days". A plain negative ("We have not
            // received a single reply") often answers the other camp's account too, and read as
            // the claim it cost set T a side.
            guard adjacent, before.stance == .denies, before.statement.contains(", not "), !before.answersByVerb, before.anaphora == 0,
                  before.namedClaimant == nil, before.contrastTarget == nil, before.hasStatement,
                  !before.isClaim, !camps.allied(before.actor, answer.actor) else { continue }
            // Only the last two paragraphs and a dozen positions: the look-back stops there.
            var k = d - 2
            var answersClaim = false
            while k >= 0, before.paragraph - positions[k].paragraph <= 2, d - k <= 12 {
                let other = positions[k]
                if other.stance == .asserts, !camps.allied(other.actor, before.actor), !other.stems.isDisjoint(with: before.stems) {
                    answersClaim = true
                    break
                }
                // Its camp denied just before: the account goes on with that answer.
                if other.stance != .asserts, camps.allied(other.actor, before.actor) {
                    answersClaim = true
                    break
                }
                k -= 1
            }
            guard !answersClaim else { continue }
            positions[d - 1].stance = .asserts
            positions[d].contrastTarget = before.order
        }
    }
}
