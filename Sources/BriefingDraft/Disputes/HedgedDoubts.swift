/// A denial's own words, hedged, make a doubt: "had so far found no evidence that the men were
/// armed", "had no basis yet to say where the fish came from" (absence only as things stand),
/// "said it could not verify how many doses were used" (the speaker cannot check, which is not
/// "it did not"), and a count judged off only as a possibility: "the total might be too high",
/// "the estimate could prove far too low". The plain forms still deny: "there is no evidence
/// that we sent arms", "the figure is false"; and "may" about the future is no doubt without a
/// count judged ("prices may rise further").
extension PositionFinder {
    /// Words that make an absence provisional.
    private static let provisional: Set<String> = ["yet"]
    private static let provisionalPairs: [[String]] = [["so", "far"], ["at", "this", "stage"], ["at", "this", "point"], ["for", "now"], ["at", "present"]]

    /// Size judgements of a count after "too": "too high", "too low".
    private static let sizeWords: Set<String> = ["high", "low", "large", "small", "big", "many", "few"]
    /// Comparatives and misstatements a modal leaves open: "could be higher", "may be exaggerated".
    private static let offCount: Set<String> = [
        "higher", "lower", "larger", "smaller", "overstated", "understated", "exaggerated", "inflated", "underestimated", "overestimated",
    ]

    static func hedgesDenial(_ lowers: [String], denies: Bool) -> Bool {
        provisionalAbsence(lowers) || (!denies && (cannotVerify(lowers) || leavesOpen(lowers) || doesNotRuleOut(lowers)))
            || possiblyOffCount(lowers) || leftOutOfCount(lowers) || callsWordInsufficient(lowers)
    }

    /// "did not rule out Russian involvement but …", "could not rule out foul play": a cause kept
    /// open is doubted, not denied. Not a plan left open: "did not rule out running again",
    /// "would not rule out further strikes".
    static func doesNotRuleOut(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            guard ["rule", "ruling"].contains(lowers[index]), index + 1 < lowers.count, lowers[index + 1] == "out", index > 0 else { return false }
            let before = lowers[max(0, index - 2)..<index]
            guard before.contains(where: { ["not", "cannot", "never"].contains($0) || $0.hasSuffix("n't") }) else { return false }
            let next = index + 2 < lowers.count ? lowers[index + 2] : ""
            return !next.hasSuffix("ing") && !["further", "more", "new", "additional", "another", "future"].contains(next)
        }
    }

    /// Verbs that, negated, say cases are missing from a count ("had not been included").
    private static let countedVerbs: Set<String> = ["included", "counted", "recorded", "reflected", "captured", "registered"]
    /// Verbs that say so by themselves ("excluded from", "left out of").
    private static let leftOutVerbs: Set<String> = ["excluded", "omitted", "left", "missing"]

    /// "their results had not been included in the ministry's tally", "were left out of the
    /// official count", "are excluded from the figures": cases said to be missing from a count
    /// question the count rather than deny it.
    static func leftOutOfCount(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            let word = lowers[index]
            if countedVerbs.contains(word) {
                guard lowers[max(0, index - 3)..<index].contains(where: { ["not", "never"].contains($0) || $0.hasSuffix("n't") }) else { return false }
            } else if leftOutVerbs.contains(word) {
                if word == "left", !(index + 1 < lowers.count && lowers[index + 1] == "out") { return false }
            } else {
                return false
            }
            let after = lowers[(index + 1)..<min(lowers.count, index + 7)]
            guard let preposition = after.firstIndex(where: { ["in", "from", "of", "among"].contains($0) }) else { return false }
            return lowers[preposition..<min(lowers.count, preposition + 5)].contains(where: D.countNouns.contains)
        }
    }

    static let judgingVerbs: Set<String> = [
        "say", "tell", "know", "determine", "establish", "judge", "separate", "distinguish", "assess", "attribute",
    ]

    /// "it was too early to say", "hard to tell", "the truth was probably somewhere in between":
    /// the speaker leaves the question open. ("separating the two was difficult" was tried: it
    /// moved a side between drafted disputes and lost one on T.)
    static func leavesOpen(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            let word = lowers[index]
            let next = index + 1 < lowers.count ? lowers[index + 1] : ""
            let second = index + 2 < lowers.count ? lowers[index + 2] : ""
            // "too early to say", "nobody can say where the oil came from", "“far too early” to name a cause" (`UnknowableAnswers`).
            if tooEarlyToJudge(lowers, at: index) || saysNobodyKnows(lowers, at: index) { return true }
            if ["difficult", "hard", "impossible"].contains(word), next == "to", judgingVerbs.contains(second) { return true }
            if word == "somewhere", next == "in", ["between", "the"].contains(second) { return true }
            return false
        }
    }

    /// "found no evidence so far", "no basis yet", "has not yet seen proof": no plain word of
    /// falsehood ("baseless", "lies") in the statement.
    static func provisionalAbsence(_ lowers: [String]) -> Bool {
        guard !lowers.contains(where: D.denyWords.contains) else { return false }
        for (index, word) in lowers.enumerated() where D.evidenceWords.contains(word) {
            let start = max(0, index - 8)
            let before = Array(lowers[start..<index].reversed().prefix { ![",", ";", ".", ":"].contains($0) }.reversed())
            guard before.contains(where: { D.lackWords.contains($0) || $0 == "not" || $0.hasSuffix("n't") }) else { continue }
            let after = Array(lowers[(index + 1)..<min(lowers.count, index + 4)].prefix { ![",", ";", ".", ":"].contains($0) })
            let window = before + [word] + after
            if window.contains(where: provisional.contains) { return true }
            for pair in provisionalPairs where window.count >= pair.count {
                if (0...(window.count - pair.count)).contains(where: { Array(window[$0..<($0 + pair.count)]) == pair }) { return true }
            }
        }
        return false
    }

    /// "could not verify", "was unable to confirm", "cannot independently corroborate", and
    /// (`UnsaidAnswers`) "could not say whether the account was accurate".
    static func cannotVerify(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            guard ["verify", "confirm", "corroborate", "vouch"].contains(lowers[index]) || cannotSayWhether(lowers, at: index) else { return false }
            let before = lowers[max(0, index - 3)..<index]
            return before.contains { ["cannot", "unable", "can't", "couldn't"].contains($0) }
                || before.contains("not") && before.contains { ["could", "can"].contains($0) }
        }
    }

    /// "the total might be too high", "the estimate could prove far too low", "the toll may be
    /// higher": a modal before a size judgement, where the statement names a count.
    static func possiblyOffCount(_ lowers: [String]) -> Bool {
        guard lowers.contains(where: D.countNouns.contains) else { return false }
        for (index, word) in lowers.enumerated() where ["may", "might", "could"].contains(word) {
            let next = Array(lowers[(index + 1)..<min(lowers.count, index + 8)].filter { $0 != "\"" })
            guard let verb = next.first, ["be", "prove", "turn"].contains(verb) else { continue }
            for (k, later) in next.enumerated() {
                if later == "too", k + 1 < next.count, sizeWords.contains(next[k + 1]) { return true }
                if offCount.contains(later) { return true }
            }
        }
        return false
    }
}
