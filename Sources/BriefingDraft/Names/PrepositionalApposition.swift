/// "A spokeswoman for the company, Dewi Lestari, said", "a lawyer for the firm, Martin Salcedo,
/// said": a body's kind after a role and a preposition is the object of the role, and the name
/// set off after it is the role's holder, a person, not the body (the rule for "Her management
/// company, Global Elite Sports, said" made the spokeswoman an organisation aliased "the
/// company", so the company's own later statements went to her). "a unit of the company, Sinar
/// Metals," (no role before the preposition) is left to that rule. Found by probing invented
/// wire copy.
extension NameFinding {
    static let attachingPrepositions: Set<String> = ["for", "at", "of", "from", "with", "to", "in"]

    /// The roles whose holder is named after "for the company": staff, and a few more.
    static let roleHolderNouns: Set<String> = staffNouns.union([
        "engineer", "attorney", "counsel", "representative", "manager", "adviser", "advisor", "consultant", "employee", "worker",
        "lawmaker", "legislator", "senator", "deputy", "candidate", "activist", "leader",
    ])

    /// Does the kind word at `word` stand after a role and "for the", "at a", "of its" …?
    static func kindAfterRole(_ word: Int, in sentence: AnalyzedSentence) -> Bool {
        // "A lawmaker from the ruling party, Desmond Koh,": a word or two may describe the kind.
        let d = backOverDescribingWords(from: word - 1, in: sentence.tokens)
        guard d >= 2, determiners.contains(sentence.tokens[d].lower),
              attachingPrepositions.contains(sentence.tokens[d - 1].lower) else { return false }
        return roleHolderNouns.contains(sentence.tokens[d - 2].lower)
    }

    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her"]

    /// Back from `index` over up to two lower-case words that describe the noun after them
    /// ("the ruling party"): the index of the word before them, a determiner or a preposition.
    static func backOverDescribingWords(from index: Int, in tokens: [NameToken]) -> Int {
        var t = index
        while t >= 0, index - t < 2, tokens[t].isWord, !tokens[t].isCapitalized, !determiners.contains(tokens[t].lower),
              !attachingPrepositions.contains(tokens[t].lower) { t -= 1 }
        return t
    }
}
