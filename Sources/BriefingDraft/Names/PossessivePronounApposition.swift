/// "Kari Moen, his lawyer, said …", "Ana Ruiz, their spokeswoman, told …": a name set beside a
/// title that a possessive pronoun opens is that title's holder, as with "a lawyer" or "the
/// spokeswoman". Without it the name drafted no actor at all (no title, no verb right after it),
/// and the quote went to the last person named. Only a title chunk right after the pronoun
/// counts ("Kari Moen, his wife," names no office; the kin words are read elsewhere).
extension NameFinding {
    static let possessivePronouns: Set<String> = ["his", "her", "their", "its"]

    static func opensPossessedTitle(at t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard let pronoun = sentence.token(t), pronoun.isWord, possessivePronouns.contains(pronoun.lower) else { return false }
        // The title word right after the pronoun, or after lower-case modifiers ("his longtime lawyer").
        var m = t + 1
        while m - t <= 3, let word = sentence.token(m) {
            if sentence.chunk(startingAt: m)?.isTitle == true { return true }
            guard word.isWord, !word.isCapitalized, sentence.chunkAt[m] == nil, !NameLexicon.functionWords.contains(word.lower) else { return false }
            m += 1
        }
        return false
    }
}
