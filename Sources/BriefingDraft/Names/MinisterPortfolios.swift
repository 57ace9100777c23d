/// "Mining Minister Tomas Fuentes" after "the Copiapo Mining Workers Union": the capitalised
/// word before "Minister" is the portfolio of a state office, not the cue of a body's name, so
/// the minister is no officer of the latest body with "mining" in its name; only a body of state
/// (a "Mining Ministry") may own him. ("Party Secretary", "Ministry spokeswoman", "Cabinet
/// Minister" still name their body.) Giving him his country instead moved dispute sides on a
/// development set (a communications minister joined a dispute of his army's), so he is left
/// without one, as he was when no body held the word.
extension NameFinding {
    /// A minister's role whose words before the head are portfolio words, no body of state.
    static func isMinisterOfPortfolio(_ role: String) -> Bool {
        let words = role.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, words.last == "minister" else { return false }
        return !words.dropLast().contains { governmentalWords.contains($0) || NameLexicon.partyWords.contains($0) }
    }
}
