/// "Her husband, Peter, nodded. “We lost everything,” he said.": a kin noun after a
/// possessive, then a first name alone set off by commas, names that relative. A single
/// capitalised word was not drafted as a person without a title, so the quote after went to
/// the person the kin noun belongs to ("her" husband: the woman named before).
extension NameFinding {
    /// Kin nouns whose holder a first name set beside them names; each also tells the gender.
    static let kinNouns: Set<String> = [
        "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower",
        "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece",
    ]

    /// The kin noun when the one-word name `chunk` stands as "her husband, Peter," / "the
    /// victim's mother, Amina,": a possessive before the noun, commas around the name.
    static func kinFirstName(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> String? {
        let start = chunk.tokens.lowerBound
        guard chunk.isName, chunk.tokens.count == 1, start >= 3, sentence.tokens[start - 1].text == ",",
              let after = sentence.token(chunk.tokens.upperBound), [",", "."].contains(after.text),
              sentence.tokens[start].isCapitalized, !sentence.tokens[start].isAcronym else { return nil }
        let noun = sentence.tokens[start - 2]
        guard noun.isWord, !noun.isCapitalized, kinNouns.contains(noun.lower) else { return nil }
        let owner = sentence.tokens[start - 3]
        guard owner.kind == .possessive || ["his", "her", "their", "my", "our"].contains(owner.lower) else { return nil }
        return noun.lower
    }
}
