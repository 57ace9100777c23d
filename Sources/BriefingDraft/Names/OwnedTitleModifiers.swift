/// "Jane Mwangi, Kenya's deputy high commissioner in Kampala, said": after an owner's possessive,
/// lower-case words that are no role words the chunker knows ("high", "county") may stand
/// between title words ("deputy" … "commissioner"). Reading only the first title word, the
/// apposition did not close ("deputy" then "high"), the name before it was no subject of the
/// verb (an aside opened by a capital), and the person vanished, with the quote. Only words
/// that are neither function words nor verbs, at most five tokens, ending in a title chunk.
extension NameFinding {
    /// The start of the last title chunk in a run of lower-case modifiers and title chunks from
    /// `start`, when the run ends in it and holds more than that chunk; nil otherwise.
    static func titleAfterModifiers(at start: Int, in sentence: AnalyzedSentence) -> Int? {
        var m = start
        var last: Int?
        while m - start < 5, let word = sentence.token(m) {
            if let chunk = sentence.chunk(startingAt: m), case .title = chunk.kind {
                last = m
                m = chunk.tokens.upperBound
                continue
            }
            guard sentence.chunkAt[m] == nil, word.isWord, !word.isCapitalized, word.text.first?.isUppercase == false,
                  !NameLexicon.functionWords.contains(word.lower), !NameLexicon.speechVerbs.contains(word.lower),
                  !NameLexicon.finiteVerbs.contains(word.lower) else { break }
            last = nil
            m += 1
        }
        guard let last, last > start else { return nil }
        return last
    }
}
