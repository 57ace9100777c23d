import BriefingModel

/// "“Workers are dying in plain sight …,” said Sara Whitfield, a researcher at Human Rights
/// Watch." and "said Senior Superintendent Dwayne Hylton, who heads the force's communications
/// unit": a speaker whose own sentence names the claimant's camp (their employer, most often,
/// when no affiliation was drafted for them) and who asserts on the claim's subject next to the
/// claim holds the claim's side. Without the name in the sentence a bystander near the claim
/// needs more shared words, as before; an actor of the answering camp never joins this way
/// (`grow` sends it to `campAnswer` first).
extension DisputeFinder {
    static func namesClaimantCamp(_ a: Int, core: Int, positions: [StancePosition], compact: [Compact], camps: Camps) -> Bool {
        let coreActor = compact[core].actor
        guard compact[a].actor != coreActor, abs(positions[a].paragraph - positions[core].paragraph) <= 2,
              shared(compact[a].stems, compact[core].stems) >= 1 else { return false }
        return compact[a].mentioned.contains { camps.allied($0, coreActor) }
    }
}
