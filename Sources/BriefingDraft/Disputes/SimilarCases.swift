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
        var k = t + 1
        // "made a similar case", "made the same point", "have made similar arguments".
        if k < tokens.count, ["a", "the"].contains(tokens[k].lower) { k += 1 }
        guard k + 1 < tokens.count, ["similar", "same"].contains(tokens[k].lower), tokens[k].depth == 0 else { return false }
        if tokens[k].lower == "same", tokens[k - 1].lower != "the" { return false }
        return tokens[k + 1].kind == .word && similarCaseNouns.contains(tokens[k + 1].lower)
    }
}
