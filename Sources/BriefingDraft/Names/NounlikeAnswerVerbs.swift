/// "…, which Kampala disputes.", "a figure Lima contests": "disputes" and "contests" are nouns
/// as often as verbs, so after a capital standing for its government they did not read as
/// the verb that makes it a subject ("which Nairobi denies" did), and the country's denial
/// was lost. They read as the verb when the clause ends there or an object's determiner, a
/// pronoun or "that" follows; "the Kampala disputes tribunal" (a noun after them) stays a noun.
extension AnalyzedSentence {
    static let nounlikeAnswerVerbs: Set<String> = ["disputes", "contests"]
    static let objectOpeners: Set<String> = [
        "that", "the", "this", "these", "those", "it", "them", "any", "all", "such", "his", "her", "its", "their", "a", "an",
    ]

    /// The word at `index` is "disputes" or "contests" used as a verb.
    func isNounlikeAnswerVerb(at index: Int) -> Bool {
        guard let word = token(index), word.isWord, !word.isCapitalized, Self.nounlikeAnswerVerbs.contains(word.lower) else { return false }
        guard let next = token(index + 1) else { return true }
        if next.kind == .punct { return [".", ",", ";", ":", "—", "–", "\u{201D}", "\""].contains(next.text) }
        return next.isWord && Self.objectOpeners.contains(next.lower)
    }
}
