/// "Ferrante disputed the idea that charity ships save lives, saying their presence encouraged
/// smugglers. Aid groups have rejected that argument": a denial that points back at an
/// argument ("that argument", "this reasoning", "the view") answers the reasoning just given
/// by the last speaker from outside its camp — even when that speaker was answering someone
/// else. The argument is then a claim of its own, and its speaker asserts it; a denial answers
/// only assertions otherwise, so the answer went to an older, unrelated claim.
extension DisputeFinder {
    /// Nouns for a line of reasoning, as against a claim of fact ("the allegations").
    static let argumentNouns: Set<String> = [
        "argument", "arguments", "reasoning", "logic", "view", "views", "idea", "notion",
        "theory", "explanation", "justification", "rationale", "premise", "thesis", "line",
    ]

    /// Words that point back at something said: "that argument", "such a view".
    static let argumentPointers: Set<String> = ["that", "this", "the", "such", "those", "these"]

    /// "that argument", "this reasoning", "such a view": a pointer (at most one word between) before an argument noun.
    static func pointsAtArgument(_ lowers: [String]) -> Bool {
        lowers.indices.contains { i in
            guard argumentNouns.contains(lowers[i]), i > 0 else { return false }
            // "the line" only as "that line of argument" / "the government's line": keep it to "line of".
            // "the idea that charity ships save lives" names its claim; it does not point back.
            if i + 1 < lowers.count, lowers[i + 1] == "that" { return false }
            if lowers[i] == "line", !(i + 1 < lowers.count && lowers[i + 1] == "of") { return false }
            return argumentPointers.contains(lowers[i - 1]) || (i > 1 && argumentPointers.contains(lowers[i - 2]) && lowers[i - 2] != "the")
        }
    }

    /// The position whose argument a denial answers: the last one before it from outside its
    /// camp (anywhere under one affiliation: a minister's ministry does not answer him), in its own or the previous paragraph, when that one answered by verb itself
    /// (an assertion just before is found by `link` already).
    static func argumentAnswered(_ d: Int, positions: [StancePosition], camps: Camps) -> Int? {
        let answer = positions[d]
        guard answer.pointsAtArgument, answer.namedClaimant == nil, answer.contrastTarget == nil else { return nil }
        guard let last = positions[..<d].indices.reversed().prefix(while: { answer.paragraph - positions[$0].paragraph <= 1 && d - $0 <= 6 })
            .first(where: { positions[$0].ref != answer.ref && !camps.related(camps.id(positions[$0].actor), camps.id(answer.actor)) }) else { return nil }
        let target = positions[last]
        return target.stance != .asserts && target.answersByVerb && target.hasStatement ? last : nil
    }
}
