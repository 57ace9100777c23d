import BriefingModel

/// Wire copy states its main charge in the lead ("Austria ordered two diplomats to leave,
/// accusing them of spying") and gives the accused's answer paragraphs later ("Moscow called
/// the accusations unfounded"), after the evidence: a denial that points back at accusations
/// answers that lead charge however far down it stands (as well as whatever it answers nearer),
/// when the charge is made against the denier's camp. Grammar and layout, not words: an
/// accusation (`isClaim`) in the first paragraph whose object, the accused, is allied with the
/// denier.
extension DisputeFinder {
    /// The lead's charges against `d`'s camp that lie beyond the usual reach of a denial
    /// pointing back (`link` counts "the accusations" up to four paragraphs back).
    static func leadCharges(answeredBy d: Int, positions: [StancePosition], camps: Camps) -> [Int] {
        guard positions[d].anaphora > 0 else { return [] }
        return positions.prefix { $0.ref.paragraph <= 1 }.indices.filter { a in
            a < d && positions[d].paragraph - positions[a].paragraph > 4 && isLeadCharge(positions[a], answeredBy: positions[d], camps: camps)
        }
    }

    static func isLeadCharge(_ assertion: StancePosition, answeredBy opposing: StancePosition, camps: Camps) -> Bool {
        guard assertion.isClaim, assertion.stance == .asserts, assertion.ref.paragraph <= 1, assertion.order < opposing.order,
              !camps.allied(assertion.actor, opposing.actor) else { return false }
        // Only the grammatical object: an actor the charge merely names may be its claimant's ally.
        guard let accused = assertion.accused else { return false }
        return camps.allied(accused, opposing.actor)
    }
}
