/// "Sernapesca said it had found no evidence of dumping. Millan, however, said the regulator had
/// not inspected the site for a month": a contrast ("however", "but", "countered") set against
/// another camp's denial is not one more denial of whatever the scoring links it to; it answers
/// the answer, and so stands with the claim that denial denies. Before, such a contrast kept the
/// stance of its own "not" and was drafted as a second denier beside the one it contradicts
/// (found by probing invented wire copy).
extension DisputeFinder {
    static func resolveContrastedDenials(_ positions: inout [StancePosition], camps: Camps) {
        for i in positions.indices where positions[i].contrasts && positions[i].contrastTarget == nil
            && positions[i].contrastsWith == nil && !positions[i].isClaim && positions[i].hasStatement
            && positions[i].namedClaimant == nil && positions[i].anaphora == 0 && !positions[i].answersByVerb {
            // The position just before, in another sentence of the same or the last paragraph.
            guard i > 0 else { continue }
            let before = positions[i - 1]
            guard before.ref != positions[i].ref, positions[i].paragraph - before.paragraph <= 1,
                  before.stance != .asserts, !camps.related(camps.id(before.actor), camps.id(positions[i].actor)) else { continue }
            positions[i].stance = .asserts
            positions[i].contradictsDenial = before.order
        }
    }
}
