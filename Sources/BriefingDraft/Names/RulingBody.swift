/// "accused the ruling coalition of shielding officials … The coalition rejected the claim":
/// the party or coalition in power, unnamed, is an actor of the country the text is about.
extension NameFinding {
    static let rulingWords: Set<String> = ["ruling", "governing"]
    static let rulingBodyHeads: Set<String> = ["coalition", "party", "alliance", "bloc"]

    /// `t` is "the", `words` the lower-case words after it. Returns the token after the head.
    mutating func rulingBody(at t: Int, words: [Int], in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard words.count >= 2, Self.rulingWords.contains(tokens[words[0]].lower),
              Self.rulingBodyHeads.contains(tokens[words[1]].lower) else { return nil }
        let head = tokens[words[1]].lower
        // A party the text names ("the ruling MAS party", "the Social Democratic Party") is the one meant.
        if records.indices.contains(where: { index in
            absorbed[index] == nil && records[index].kind == .organization
                && (records[index].descriptor == head || records[index].name.lowercased().split(separator: " ").contains(Substring(head)))
        }) { return nil }
        let at = position(sentence, t)
        let owner = homeCountry.flatMap { countryRecord($0, at: at) }
        let index = stateBody(named: Chunker.titleCased(tokens[words[0]]) + " " + head, at: at, affiliation: owner.map { records[$0].name })
        // "The coalition rejected the claim": later the head alone.
        if descriptionHeads[head] == nil { descriptionHeads[head] = index }
        let range = t..<(words[1] + 1)
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return words[1] + 1
    }
}
