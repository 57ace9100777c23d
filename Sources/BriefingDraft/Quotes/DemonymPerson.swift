/// "Brazilian driver Felipe Castro won … ¶ “…,” the Brazilian said": sports and feature copy
/// call a person by the nationality it gave them. "The <demonym>" as a subject is the latest
/// person whose name that word stood before (over at most three title words).
extension AttributionText {
    func personIntroduced(withWord word: String, before position: Position) -> String? {
        var found: String?
        scanBack(from: position) { p, k in
            let view = paragraphs[p]
            let token = view.tokens[k]
            guard token.kind == .word, token.depth == 0, token.isCapitalized, token.lower == word else { return false }
            var t = k + 1
            while t < view.tokens.count, t - k <= 4 {
                if let mention = view.mention(startingAt: t) {
                    if mention.kind == .person { found = mention.actor }
                    return found != nil
                }
                guard view.tokens[t].kind == .word, !view.tokens[t].isCapitalized || t == k + 1 else { return false }
                t += 1
            }
            return false
        }
        return found
    }

    /// The person "the <Demonym>" at `j` stands for ("the Brazilian", never "the Kremlin"):
    /// a nationality word of the gazetteer that introduced a named person before.
    func demonymPerson(endingAt j: Int, floor: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard j - 1 >= floor, tokens[j].kind == .word, tokens[j].isCapitalized, tokens[j].depth == 0,
              tokens[j - 1].lower == "the", Gazetteer.standard.country(demonym: paragraphs[p].text(tokens: j...j)) != nil else { return nil }
        return personIntroduced(withWord: tokens[j].lower, before: Position(paragraph: p, token: j - 1))
    }
}
