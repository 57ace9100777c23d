/// "Moldova accused Russian diplomats of paying protesters … “Moldova will not allow anyone to
/// buy its streets,” Foreign Minister Ana Ciobanu said": a negation in the words of the
/// claimant's own camp refuses or corrects something else; it does not deny the claim its camp
/// makes. Placed among a dispute's opponents by its words alone (no verb of denial, no "the
/// allegations", no contrast), a position by an actor of the core claimant's camp restates the
/// claim. A self-justification that also accuses ("a blatant attempt to obstruct work in waters
/// where we have every right") keeps its two sides.
extension DisputeFinder {
    static func restatesClaim(_ d: Int, core: Int, positions: [StancePosition], camps: Camps) -> Bool {
        let position = positions[d]
        return !position.answersByVerb && !position.accusesToo && position.anaphora == 0 && position.contrastTarget == nil
            && position.actor != positions[core].actor && camps.allied(position.actor, positions[core].actor)
    }
}
