/// "A customs official questioned the figure", "Ovezov also rejected the firm's estimate",
/// "said the company's figure could not be right": a denial or doubt that points back at a
/// count answers the count given, not whichever charge shares the most words with it (the
/// scoring sent "questioned the figure" to an older accusation made with a verb of accusing).
/// The count is the latest earlier assertion made with the noun's own verb ("estimated" for
/// "the estimate"), within ten paragraphs; failing that, when a possessive names its owner
/// ("the company's figure"), that camp's latest count. Always from outside the answerer's
/// camp. Not any nearby count: that reading gained blind set W a dispute but cost an unseen
/// set one (2026-12-04), so an unowned "the figure" is left to the scoring.
/// Such a dispute is kept apart from the older one over the same claimant's other points.
/// "the true figure was above 3,000" is a rival count, not a pointer; "the number of" names
/// what is counted, not a count given.
extension PositionFinder {
    static let countPointers: Set<String> = ["the", "that", "this", "those", "these", "its", "their", "his", "her"]

    /// The count noun a denial points back with ("the figure", "the firm's estimate"), if any.
    static func pointedCount(_ lowers: [String]) -> String? {
        pointedCountIndex(lowers).map { lowers[$0] }
    }

    static func pointedCountIndex(_ lowers: [String]) -> Int? {
        for (i, word) in lowers.enumerated() where DisputeLexicon.countNouns.contains(word) && i > 0 {
            if i + 1 < lowers.count, lowers[i + 1] == "of" { continue }
            let before = lowers[max(0, i - 3)..<i]
            if before.contains(where: { ["true", "real", "actual", "correct"].contains($0) }) { continue }
            // "the figure", "those figures", "the firm's estimate": a pointer or a possessive just before.
            let previous = lowers[i - 1]
            if countPointers.contains(previous) || previous.hasSuffix("'s") || previous.hasSuffix("’s") || previous.hasSuffix("s'") {
                return i
            }
        }
        return nil
    }
}

extension DisputeFinder {
    /// The verbs a count noun is the act of: "the estimate" points at what was "estimated".
    static let countVerbs: [String: Set<String>] = {
        let estimate: Set<String> = ["estimate", "estimates", "estimated", "estimating"]
        let tally: Set<String> = ["tally", "tallies", "tallied"]
        return ["estimate": estimate, "estimates": estimate, "count": ["count", "counts", "counted", "counting"],
                "tally": tally, "tallies": tally]
    }()

    static func countQuestioned(_ d: Int, positions: [StancePosition], camps: Camps) -> Int? {
        let answer = positions[d]
        guard let noun = answer.pointedCount, answer.namedClaimant == nil, answer.contrastTarget == nil else { return nil }
        let answerer = camps.id(answer.actor)
        // "the company's figure": the count of the company or its camp, however far up.
        let owner = answer.countOwner.map { camps.id($0) }
        let before = positions[max(0, d - reach)..<d].indices.reversed().filter { a in
            let claim = positions[a]
            return claim.stance == .asserts && claim.ref != answer.ref && claim.counts && claim.hasStatement
                && !camps.related(camps.id(claim.actor), answerer)
        }
        // The noun's own verb names the count best ("the firm's estimate" → "Kayrros estimated"), whoever the possessive was read as.
        if let verbs = countVerbs[noun], let made = before.first(where: { verbs.contains(positions[$0].cueWord.lowercased()) && answer.paragraph - positions[$0].paragraph <= 10 }) {
            return made
        }
        if let owner {
            return before.first { camps.related(camps.id(positions[$0].actor), owner) && answer.paragraph - positions[$0].paragraph <= 10 }
        }
        return nil
    }
}
