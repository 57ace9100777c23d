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
    ])

    /// Does the kind word at `word` stand after a role and "for the", "at a", "of its" …?
    static func kindAfterRole(_ word: Int, in sentence: AnalyzedSentence) -> Bool {
        guard word >= 3 else { return false }
        let determiner = sentence.tokens[word - 1].lower
        guard ["the", "a", "an", "its", "their", "his", "her"].contains(determiner),
              attachingPrepositions.contains(sentence.tokens[word - 2].lower) else { return false }
        return roleHolderNouns.contains(sentence.tokens[word - 3].lower)
    }
}
