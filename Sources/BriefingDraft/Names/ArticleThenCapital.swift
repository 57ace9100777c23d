/// "The New Patriotic Party said it had raised prices": a sentence's first word is capitalised
/// whatever it is, so the function words that open a run there are trimmed ("The", "New" in
/// "New figures show"); but after the opening article, a word such as "New", "First" or "One"
/// is capitalised only because it is part of a name. The party was drafted as "Patriotic Party".
extension Chunker {
    /// The capitalised function word at `a` follows the run's opening article and more of the run follows.
    static func opensNameAfterArticle(_ tokens: [NameToken], at a: Int, runStart: Int, runEnd: Int) -> Bool {
        guard a > runStart, a + 1 < runEnd, ["the", "a", "an"].contains(tokens[a - 1].lower) else { return false }
        let word = tokens[a]
        return word.isWord && word.isCapitalized && !word.isAcronym && word.text.first?.isUppercase == true
            && tokens[(a + 1)..<runEnd].allSatisfy { $0.isWord && $0.isCapitalized }
    }
}
