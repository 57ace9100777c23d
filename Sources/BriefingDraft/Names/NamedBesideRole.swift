/// "His lawyer, Carmen Ibarra, said …", "the company's chief executive, Santa Rosa Vidal, …": two
/// or three capitalised words set off by commas right after a title or a word for a person are
/// that person's name, even when the gazetteer knows every word as a town (many surnames and
/// given names are also place names). Without this the words fall apart into places and the
/// quote goes to the person the title belongs to.
extension Chunker {
    /// Nouns for a person that a name set beside them between commas names.
    static let besideNameNouns: Set<String> = NameLexicon.titleHeads
        .union(AttributionLexicon.personNouns)
        .union(NameFinding.personDescriptions)
        .subtracting(["name", "surname", "man", "woman"])

    /// Whether the run is a name set beside a person noun: ", <noun>, X Y," with every word of
    /// the run a place the gazetteer knows (only then would the run not be read as a name).
    func isNameBesideRole(_ run: Range<Int>, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        guard (2...3).contains(run.count), run.lowerBound >= 2, run.upperBound < tokens.count,
              tokens[run.upperBound].text == ",", tokens[run.lowerBound - 1].text == ",",
              tokens[run.lowerBound - 2].isWord, !tokens[run.lowerBound - 2].isCapitalized,
              Self.besideNameNouns.contains(tokens[run.lowerBound - 2].lower) else { return false }
        for t in run {
            guard tokens[t].isWord, tokens[t].isCapitalized, !tokens[t].isAcronym,
                  let (kind, end) = lexiconMatch(sentence, at: t, before: t + 1), end == t + 1,
                  case .city = kind else { return false }
        }
        return true
    }
}
