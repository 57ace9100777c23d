import BriefingModel

/// "Sonatrach said it had asked Naturgy to reopen the price terms … Naturgy said the existing
/// terms ran until 2030": the party a claim names, speaking within a few paragraphs after it,
/// answers it — its words are its side of the matter, not a second claim beside the first. It
/// denies, or doubts when it hedges. Only an actor outside the claimant's camp, and only a
/// statement that is not itself a charge, and not a second subject of the claim's own verb
/// (`CoSpeakers`).
extension DisputeFinder {
    /// How far (in paragraphs) after the claim the named party may answer.
    static let namedPartyReach = 3

    static func namedPartyAnswer(_ a: Int, core: Int, positions: [StancePosition], compact: [Compact], camps: Camps) -> Stance? {
        let position = positions[a]
        let claim = positions[core]
        let actor = compact[a].actor
        let claimant = compact[core].actor
        guard !position.isClaim, position.hasStatement, position.order > claim.order,
              position.paragraph - claim.paragraph <= namedPartyReach,
              actor != claimant, !camps.related(actor, claimant), !coSpeakers(position, claim),
              compact[core].mentioned.contains(where: { camps.allied($0, actor) }) else { return nil }
        return position.hedged ? .questions : .denies
    }
}
