import BriefingModel

/// "The fire was started by a faulty electrical cable, the fire service said … The union said
/// arson could not be ruled out": one side gives a cause, the other names another, and neither
/// repeats the other's words, so shared subject matter cannot link them. A statement that gives
/// a cause ("caused by", "started by", "due to", "blamed … for") is a cause claim; a denial or a
/// doubt from another camp that names a cause ("arson", "sabotage", "an accident") answers the
/// story's first cause claim, however far apart they stand; a later cause claim from another
/// camp that gives other causes for the same happening denies the first.
extension PositionFinder {
    /// Causes news weighs against each other.
    static let causeNouns = D.words("""
        arson sabotage accident accidental negligence negligent error errors failure failures fault faulty
        malfunction malfunctioning collision lightning short-circuit overload overloaded
        """)

    /// Verbs that, with "by", give a cause: "was started by", "caused by".
    static let causedVerbs = D.words("caused started triggered sparked ignited")

    /// The cause a statement gives, as the stems of its words, split in what happened (before the
    /// cause phrase) and what caused it (after); nil when it gives none.
    static func causeClaim(_ lowers: [String], cueWord: String) -> (effect: Set<String>, cause: Set<String>)? {
        var split: (effectEnd: Int, causeStart: Int)?
        for (index, word) in lowers.enumerated() where index + 1 < lowers.count {
            let next = lowers[index + 1]
            if causedVerbs.contains(word), next == "by" { split = (index, index + 2); break }
            if word == "due", next == "to" { split = (index, index + 2); break }
            // "went down because its cargo shifted", "were cancelled because of a shortage"; not
            // "not because …", which sets a cause aside.
            if word == "because", index > 0, lowers[index - 1] != "not" {
                split = (index, next == "of" ? index + 2 : index + 1); break
            }
            if word == "result", next == "of", index > 0, ["the", "a"].contains(lowers[index - 1]) { split = (index - 1, index + 2); break }
        }
        // "blamed pilot error for the crash", "blamed the sinking on a collision".
        if split == nil, ["blamed", "blaming", "blames", "blame"].contains(cueWord) {
            if let link = lowers.firstIndex(where: { ["for", "on"].contains($0) }), link > 0 {
                let stems = { (range: Range<Int>) in Set(lowers[range].compactMap(D.stem)) }
                let before = stems(0..<link), after = stems((link + 1)..<lowers.count)
                // "blamed X for Y": the cause before the link; "blamed Y on X": after it.
                return lowers[link] == "for" ? (after, before) : (before, after)
            }
        }
        guard let split else { return nil }
        let end = lowers[split.causeStart...].firstIndex { [",", ";", "."].contains($0) } ?? lowers.count
        return (Set(lowers[..<split.effectEnd].compactMap(D.stem)), Set(lowers[split.causeStart..<end].compactMap(D.stem)))
    }

    static func namesCause(_ lowers: [String]) -> Bool {
        lowers.indices.contains { causeNouns.contains(lowers[$0]) || (lowers[$0] == "foul" && $0 + 1 < lowers.count && lowers[$0 + 1] == "play") }
    }
}

extension DisputeFinder {
    /// The story's first cause claim from outside `d`'s camp, when `d` opposes by naming a cause.
    static func causeAnswered(by d: Int, positions: [StancePosition], camps: Camps) -> Int? {
        guard positions[d].stance != .asserts, positions[d].namesCause else { return nil }
        return positions[..<d].indices.first { a in
            positions[a].stance == .asserts && positions[a].causeEffect != nil && positions[a].hasStatement
                && !camps.allied(positions[a].actor, positions[d].actor)
        }
    }

    /// A cause claim from another camp that gives other causes for the same happening as an
    /// earlier one denies it ("the crash was caused by an engine failure" after "blamed pilot error for the crash").
    static func resolveRivalCauses(_ positions: inout [StancePosition], camps: Camps) {
        // Only a position that gives a cause can be the one denied: those are looked at, by
        // index, rather than every position before each one.
        let causeClaims = positions.indices.filter { positions[$0].causeEffect != nil }
        for i in positions.indices where positions[i].stance == .asserts && positions[i].contrastTarget == nil {
            guard let effect = positions[i].causeEffect, let cause = positions[i].causeGiven else { continue }
            guard let target = causeClaims.lazy.prefix(while: { $0 < i }).first(where: { a in
                positions[a].stance == .asserts && positions[a].ref != positions[i].ref && !camps.allied(positions[a].actor, positions[i].actor)
                    && !(positions[a].causeEffect ?? []).isDisjoint(with: effect) && (positions[a].causeGiven ?? cause).isDisjoint(with: cause)
            }) else { continue }
            positions[i].stance = .denies
            positions[i].contrastTarget = positions[target].order
        }
    }
}
