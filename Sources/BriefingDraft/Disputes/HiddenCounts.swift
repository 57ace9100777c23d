/// "The army is hiding the real figure", "the ministry is covering up the true death toll",
/// "officials have played down the full scale of the outbreak": a count said to be concealed
/// denies the count given, the way casualty, case and arrest figures are disputed in wire copy.
/// Only a concealing verb, not negated, with a count noun marked as the real one (or a toll) a
/// few words after it: "the suspects were hiding in the forest", "we are not hiding the real
/// figure" and "the true figure was hidden in an annex" deny nothing.
extension PositionFinder {
    private static let concealVerbs: Set<String> = [
        "hide", "hides", "hiding", "hid", "hidden", "conceal", "conceals", "concealing", "concealed",
        "suppress", "suppresses", "suppressing", "suppressed", "downplay", "downplays", "downplaying", "downplayed",
    ]

    /// "covering up", "playing down": a verb that conceals only with its particle.
    private static let concealPhrases: [String: String] = [
        "cover": "up", "covers": "up", "covering": "up", "covered": "up",
        "play": "down", "plays": "down", "playing": "down", "played": "down",
    ]

    private static let countNouns: Set<String> = [
        "figure", "figures", "toll", "tolls", "number", "numbers", "count", "scale", "extent", "size", "casualties",
    ]

    private static let realMarks: Set<String> = ["real", "true", "actual", "full", "death"]

    static func hidesRealCount(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        var object = index + 1
        if let particle = concealPhrases[word] {
            guard object < lowers.count, lowers[object] == particle else { return false }
            object += 1
        } else if !concealVerbs.contains(word) {
            return false
        }
        let before = lowers[max(0, index - 3)..<index]
        if before.contains(where: { ["not", "never", "no", "nothing", "nobody", "cannot"].contains($0) || $0.hasSuffix("n't") }) { return false }
        let phrase = lowers[min(object, lowers.count)..<min(lowers.count, object + 5)].prefix { ![",", ";", ".", ":"].contains($0) }
        guard let noun = phrase.firstIndex(where: countNouns.contains) else { return false }
        // "the real figure", "the true casualty figures": the mark one or two words before the noun.
        return phrase[..<noun].suffix(2).contains(where: realMarks.contains)
            || ["toll", "tolls", "casualties"].contains(lowers[noun])
    }
}

/// "Gunmen killed at least 11 people, the army said … “The army is hiding the real figure,”
/// Mbah said": the concealment answers the count of the actor it names, however far up (the
/// official toll stands in the lead), and disputes the number, not who did what: a dispute of
/// its own beside any over the same claim's other points. The latest earlier assertion holding
/// a number by the named actor or its camp, not the denier's.
extension DisputeFinder {
    static func countHidden(_ d: Int, positions: [StancePosition], camps: Camps) -> Int? {
        let denial = positions[d]
        guard denial.hidesCount, !denial.mentioned.isEmpty else { return nil }
        let named = denial.mentioned.map { camps.id($0) }
        let denier = camps.id(denial.actor)
        return positions[max(0, d - reach)..<d].indices.reversed().first { a in
            let claim = positions[a]
            let actor = camps.id(claim.actor)
            return claim.stance == .asserts && claim.counts && !camps.allied(actor, denier)
                && named.contains { camps.allied($0, actor) }
        }
    }
}
