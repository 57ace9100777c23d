import BriefingModel

/// Words inside a charge that read like a side of their own but are not one.
extension PositionFinder {
    /// "accused the port operator of dismissing 120 dockworkers", "criticised for rejecting the
    /// plan": a verb of denial or doubt as the gerund after "of" or "for" is the act charged,
    /// not a position its subject takes in this sentence.
    static func isChargedGerund(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard t > 0, tokens[t].lower.hasSuffix("ing"), ["of", "for"].contains(tokens[t - 1].lower) else { return false }
        return D.denyVerbs.contains(tokens[t].lower) || D.questionVerbs.contains(tokens[t].lower)
    }

    /// "the sanctions were illegal", "an unjust ban", "illegal and arbitrary", "politically motivated": a verdict said
    /// of something, or of a measure it qualifies. One qualifying another noun ("had received
    /// illegal funding", "the arbitrary detention of") names what is alleged, not a verdict.
    static func containsVerdict(_ lowers: [String]) -> Bool {
        // "the ban was politically motivated".
        if let political = lowers.firstIndex(of: "politically"), political + 1 < lowers.count, lowers[political + 1] == "motivated" { return true }
        return lowers.indices.contains { index in
            guard D.verdictWords.contains(lowers[index]) else { return false }
            guard index + 1 < lowers.count, let first = lowers[index + 1].first, first.isLetter else { return true }
            let next = lowers[index + 1]
            return D.measureNouns.contains(next) || L.prepositions.contains(next) || D.clauseLinks.contains(next)
        }
    }
}

extension DisputeFinder {
    /// "Atlantis said it would open a new plant next year", after a charge of fishing where it
    /// may not: what the charged one will do is no account of what it is charged with, unless
    /// the charge itself is of a plan ("accused it of planning to close the border").
    static func speaksOfPlans(_ statement: String) -> Bool {
        tellsFuture(statement) || LowercaseWords.split(statement).contains { DisputeLexicon.planWords.contains($0) }
    }
}

extension DisputeLexicon {
    /// Words that join a verdict to more of the clause ("illegal and unjust", "unjust because").
    static let clauseLinks = words("and or but nor because as since if when while than so")

    /// Words of intending, in a charge or an answer ("planning to", "intends to").
    static let planWords = words("plan plans planned planning intend intends intended intending prepare prepares preparing")
}
