/// "Lars Berg, a businessman accused of fraud, said …", "Siri Dahl, a lawyer based in Bergen,
/// told …": an apposition whose title a past participle phrase completes still names the person
/// beside it. Before, the title had to close the apposition (a comma, a stop, "who"), so the
/// name drafted no actor at all and the quotes of "he said" went to the person named before.
/// The phrase must close with a comma before a verb, or end the sentence; a name inside it may
/// only be a place or a body ("based in Bergen", "employed by Tenmark").
extension NameFinding {
    /// Past participles that open such a phrase beside irregular forms ending in "-ed".
    static let appositionParticiples: Set<String> = ["known", "born", "seen", "held", "taken", "sworn", "chosen", "given"]

    static func closesParticipleApposition(at t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard let opener = sentence.token(t), opener.isWord, !opener.isCapitalized, sentence.chunkAt[t] == nil,
              (opener.lower.hasSuffix("ed") && opener.lower.count > 4) || appositionParticiples.contains(opener.lower),
              // "accused of fraud", "charged with": a verb of saying is a participle only before its preposition.
              !NameLexicon.speechVerbs.contains(opener.lower) || ["of", "by", "with", "in"].contains(sentence.token(t + 1)?.lower ?? "")
        else { return false }
        var k = t + 1
        while let token = sentence.token(k), k - t <= 10 {
            if token.text == "," {
                guard let (word, _, adverb) = sentence.wordAfter(k + 1) else { return false }
                return AnalyzedSentence.isVerbLike(word, skippedAdverb: adverb)
            }
            if token.text == "." { return k == sentence.tokens.count - 1 }
            guard token.isWord || token.kind == .possessive || token.kind == .number else { return false }
            // A person named inside the phrase ("accused by Tom Haug") could be the one beside the title.
            if let c = sentence.chunkAt[k], sentence.chunks[c].isName, sentence.chunks[c].tokens.count >= 2 { return false }
            k += 1
        }
        return false
    }
}
