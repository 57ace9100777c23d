import BriefingModel

/// "Greece has rejected accusations of pushbacks for years. The European Court of Human Rights
/// ruled in January that Greece had carried out systematic pushbacks …": a ruling or a finding
/// ("ruled", "found", "concluded") whose reported clause opens with a party is answered by that
/// party's denial or doubt on the same subject said next to it, before or after. The scoring
/// sends such a denial to an older claim its pointing word reaches ("accusations" points
/// back, and the ruling comes after it), so the ruling stood in no dispute; the denial answers
/// the ruling too, one dispute more (added as the lead charges are, after the nearer answers).
/// Not a finding about someone else, nor one by the denier's own camp, nor one on another
/// subject (no subject word shared), nor one more than a paragraph away.
extension DisputeFinder {
    /// How far (in paragraphs) a denial may stand from the finding it answers.
    static let findingAnswerReach = 1

    /// The findings the denial or doubt at `d` answers as the party they are about.
    static func findingsAnswered(by d: Int, positions: [StancePosition], compact: [Compact], camps: Camps) -> [Int] {
        let denial = positions[d]
        guard denial.stance != .asserts, denial.namedClaimant == nil, denial.contrastTarget == nil else { return [] }
        // Only the positions within a paragraph: the search stops there, whatever the text's length.
        let span = window(positions, around: d...d, paragraphs: findingAnswerReach)
        return span.filter { a in
            let finding = positions[a]
            guard finding.stance == .asserts, finding.ref != denial.ref, finding.hasStatement,
                  AttributionLexicon.findingVerbs.contains(finding.cueWord.lowercased()),
                  !camps.allied(compact[a].actor, compact[d].actor) else { return false }
            // The finding is about the denier: its reported clause opens with the denier's camp.
            guard let about = finding.foundAbout, camps.allied(camps.id(about), compact[d].actor) else { return false }
            return shared(compact[a].stems, compact[d].stems) >= 1
        }
    }
}
