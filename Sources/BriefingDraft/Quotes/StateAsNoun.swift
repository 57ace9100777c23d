/// "on state television", "state media reported", "member states": "state" and "states" are far
/// more often a noun or a modifier in news copy than the verb of saying. The verb comes after
/// "to", a modal or a negation ("did not state"), or, for "states", before "that" or a quote
/// ("the ruling states that …").
extension AttributionText {
    static let wordsBeforeVerbState: Set<String> = [
        "to", "not", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "do", "does",
        "we", "they", "i", "you", "also", "clearly", "explicitly", "publicly",
    ]

    /// Whether "state" or "states" at `t` is used as a noun or modifier, not as a verb of saying.
    func isStateNoun(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        switch tokens[t].lower {
        case "state":
            return !(t > 0 && tokens[t - 1].kind == .word && Self.wordsBeforeVerbState.contains(tokens[t - 1].lower))
        case "states":
            guard t + 1 < tokens.count else { return true }
            let next = tokens[t + 1]
            return !(next.lower == "that" || next.kind == .open || next.lower == ":" || next.lower == ",")
        default:
            return false
        }
    }
}
