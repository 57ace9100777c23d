/// "If the allegations are confirmed, they would be a serious violation," the spokesman said: a
/// statement made on condition that a claim is true neither asserts nor denies it, so it holds no
/// side (it was read as an assertion and drew the denials of the claim to itself).
extension PositionFinder {
    /// Words that make an "if" clause about a claim's truth ("if confirmed", "if the reports are true").
    static let truthConditions: Set<String> = ["confirmed", "true", "proven", "proved", "verified", "substantiated", "accurate", "correct"]

    static func isConditionalOnTruth(_ statement: String) -> Bool {
        var text = Substring(statement)
        while let first = text.first, "“”‘\"' ".contains(first) { text = text.dropFirst() }
        guard text.lowercased().hasPrefix("if ") else { return false }
        let clause = text.prefix { $0 != "," }
        return clause.lowercased().split { !$0.isLetter }.contains { truthConditions.contains(String($0)) }
    }

    /// The positions without the assertions made only on condition that a claim is true.
    static func withoutConditionalAssertions(_ positions: [StancePosition]) -> [StancePosition] {
        positions.filter { !($0.stance == .asserts && isConditionalOnTruth($0.statement)) }
    }
}
