/// "Tari rejected her account. He said Kalsakau had left after a disciplinary process. “The
/// system is strict,” he said.": a "he" (or "she", "it", "they") whose sentence before opens
/// with the same pronoun refers to what that pronoun refers to; the names inside that sentence
/// are reported, so the search for the referent passes over it to the sentence before.
extension AttributionText {
    func opensWithPronoun(_ pronoun: String, sentence s: Int, in p: Int) -> Bool {
        let view = paragraphs[p]
        guard view.sentenceTokens.indices.contains(s) else { return false }
        let range = view.sentenceTokens[s]
        guard let first = range.first(where: { view.tokens[$0].kind == .word }), first < range.upperBound else { return false }
        let token = view.tokens[first]
        return token.depth == 0 && token.lower == pronoun
    }
}
