/// "Dozens of protesters gathered. “Pay us back!” they chanted.": a "they" that chants is the
/// crowd named just before (drafted by ChantingGroups.swift), not the last country or body the
/// plural pronoun would otherwise find. A "they" that says, rather than chants, is left to the
/// pronoun rules ("The union said … “…,” they said").
extension AttributionText {
    func chantingCrowd(_ word: String, at position: Position) -> String? {
        let tokens = paragraphs[position.paragraph].tokens
        let verb = position.token + 1
        guard word == "they", verb < tokens.count, tokens[verb].kind == .word, NameFinding.chantVerbs.contains(tokens[verb].lower) else { return nil }
        // The latest crowd mentioned in this paragraph or the one before.
        for p in stride(from: position.paragraph, through: max(0, position.paragraph - 1), by: -1) {
            let view = paragraphs[p]
            let end = p == position.paragraph ? view.firstMentionIndex(atOrAfter: position.token) : view.mentions.count
            for index in stride(from: end - 1, through: 0, by: -1) {
                let mention = view.mentions[index]
                guard !mention.inQuote, actors[mention.actor]?.kind == .other,
                      NameFinding.chantingHeads.contains(mention.actor.lowercased()) else { continue }
                return mention.actor
            }
        }
        return nil
    }
}
