/// "A spokeswoman for the company, Dewi Lestari, said", "a lawyer for the firm, Martin Salcedo,
/// said": a body's kind after a preposition is the object of the role before it, and the name
/// set off after it is that role's holder, a person, not the body (the rule for "Her management
/// company, Global Elite Sports, said" made the spokeswoman an organisation aliased "the
/// company", so the company's own later statements went to her). Found by probing invented wire
/// copy.
extension NameFinding {
    static let attachingPrepositions: Set<String> = ["for", "at", "of", "from", "with", "to", "in"]

    /// Does the kind word at `word` stand after "for the", "at a", "of its" … ?
    static func kindAfterPreposition(_ word: Int, in sentence: AnalyzedSentence) -> Bool {
        guard word >= 2 else { return false }
        let determiner = sentence.tokens[word - 1].lower
        guard ["the", "a", "an", "its", "their", "his", "her"].contains(determiner) else { return false }
        return attachingPrepositions.contains(sentence.tokens[word - 2].lower)
    }
}
