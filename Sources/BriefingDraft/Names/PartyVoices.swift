/// "Opposition Socialist lawmakers accused it of …", "Some Democratic lawmakers said …",
/// "Republican senators accused the department of …": legislators named by their party are an
/// unnamed group voice like "opposition lawmakers". The party word (and "Opposition" before it)
/// is capitalised, so the phrase opens with a name chunk of one or two words; those words are
/// modifiers of the group, not a name of their own. A leading "Opposition" before the party is
/// dropped from the group's name ("Socialist lawmakers"), as the party says which opposition.
extension NameFinding {
    /// Capitalised party and camp words that modify a group of legislators; the others
    /// ("Labour", "Socialist", "Republican", "Conservative") are already `nonNameCapitals`.
    static let partyModifiers: Set<String> = ["Opposition", "Democratic", "Green", "Greens", "Nationalist", "Ruling", "Centrist"]

    /// Heads that only a party's legislators are: with a party word before them they are a voice.
    static let legislatorHeads: Set<String> = ["senators", "legislators", "mps", "deputies", "congressmen", "councillors"]

    /// A name chunk of two words at `t`, each a party or camp modifier ("Opposition Socialist").
    func isPartyModifierChunk(_ sentence: AnalyzedSentence, at t: Int) -> Bool {
        guard let chunk = sentence.chunk(startingAt: t), case .name = chunk.kind, (1...2).contains(chunk.tokens.count) else { return false }
        return chunk.tokens.allSatisfy { k in
            let word = sentence.tokens[k].text
            return Self.partyModifiers.contains(word) || NameLexicon.nonNameCapitals.contains(word)
                || (k == chunk.tokens.lowerBound && (sentence.isSentenceStart(k) || k == sentence.datelineEnd))
        }
    }

    /// "Opposition Socialist lawmakers" is named "Socialist lawmakers": the start of the name.
    static func partyNameStart(_ sentence: AnalyzedSentence, from t: Int, head: Int) -> Int {
        guard t + 1 < head, sentence.tokens[t].text == "Opposition", sentence.tokens[t + 1].isCapitalized else { return t }
        return t + 1
    }
}
