import BriefingModel

/// "Independent economists have made a similar case.", "The employers' federation made the same
/// point.": making the same case as the account before takes it up, as "backed that view" does
/// (`Endorsements`): the same side, on the same subject. Only "a similar" or "the same" before a
/// noun for a line of argument; "made a case for reform", "made a similar offer" take no side.
extension PositionFinder {
    static let similarCaseVerbs: Set<String> = D.words("make makes made making")
    static let similarCaseNouns: Set<String> = D.words("""
        case argument arguments point points claim claims criticism criticisms complaint complaints
        accusation accusations charge charges
        """)

    static func makesSimilarCase(_ view: ParagraphView, at t: Int) -> Bool {
        let tokens = view.tokens
        guard similarCaseVerbs.contains(tokens[t].lower) else { return false }
        return namesSimilarCase(tokens[(t + 1)..<min(tokens.count, t + 4)].map { $0.kind == .word && $0.depth == 0 ? $0.lower : "" })
    }

    /// The words after the verb: "a similar case", "the same point", "similar arguments".
    static func namesSimilarCase(_ words: [String]) -> Bool {
        var k = 0
        if k < words.count, ["a", "the"].contains(words[k]) { k += 1 }
        guard k + 1 < words.count, words[k] == "similar" || (words[k] == "same" && k > 0 && words[k - 1] == "the") else { return false }
        return similarCaseNouns.contains(words[k + 1])
    }
}
