import BriefingModel

/// "Relatives gathered outside the mine's administrative building said …": a group voice,
/// then a participle of where it waits and that place, is the subject of the verb after the
/// place (`NameFinding.waitingParticiples`); the place's words name no one who speaks.
extension AttributionText {
    func waitingGroup(endingAt j: Int, floor: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard let group = view.mentions.first(where: { $0.first >= floor && $0.last < j }), group.kind == .other, !group.possessive,
              group.last + 2 <= j, NameFinding.waitingParticiples.contains(tokens[group.last + 1].lower), j - group.last <= 12,
              (group.last + 1...j).allSatisfy({ tokens[$0].depth == 0 && !(tokens[$0].kind == .punct && [",", ";", ":"].contains(tokens[$0].lower)) })
        else { return nil }
        return group.actor
    }
}
