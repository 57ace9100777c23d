/// "Belo was quoted by the Portuguese news agency Lusa": an outlet's adjective is where it
/// is based, and makes no actor of a country the text never names; a state outlet ("the
/// Chinese state news agency Xinhua", "Iran's official IRNA") speaks for its state, and does.
extension NameFinding {
    static let stateOutletWords: Set<String> = [
        "state", "state-run", "state-owned", "state-controlled", "state-backed", "official", "government",
        "government-run", "government-owned", "public", "national",
    ]

    /// Whether one of the few words before the outlet's name at `position` marks it as the state's.
    func isStateOutlet(_ position: TextPosition) -> Bool {
        guard sentences.indices.contains(position.sentence) else { return false }
        let tokens = sentences[position.sentence].tokens
        let start = min(position.token, tokens.count)
        return tokens[max(0, start - 5)..<start].contains { Self.stateOutletWords.contains($0.lower) }
    }
}
