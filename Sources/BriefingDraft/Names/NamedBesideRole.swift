/// "His lawyer, Carmen Ibarra, said …", "said Carmen Ibarra, a lawyer for the family": two or
/// three capitalised words set off by commas right after a title or a word for a person, or
/// before ", a/the … <title>", are that person's name, even when the gazetteer knows every word
/// as a town (many surnames and given names are also place names). Without this the words fall
/// apart into places and the quote goes to the person the title belongs to.
extension Chunker {
    /// Nouns for a person that a name set beside them between commas names.
    static let besideNameNouns: Set<String> = NameLexicon.titleHeads
        .union(AttributionLexicon.personNouns)
        .union(NameFinding.personDescriptions)
        .subtracting(["name", "surname", "man", "woman"])

    /// Whether the run is a name set beside a person noun: ", <noun>, X Y," or "X Y, a/the …
    /// <noun>," with every word of the run a place the gazetteer knows (only then would the run
    /// not be read as a name).
    func isNameBesideRole(_ run: Range<Int>, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        guard (2...3).contains(run.count), run.upperBound < tokens.count, tokens[run.upperBound].text == "," else { return false }
        let after = run.lowerBound >= 2 && tokens[run.lowerBound - 1].text == ","
            && tokens[run.lowerBound - 2].isWord && !tokens[run.lowerBound - 2].isCapitalized
            && Self.besideNameNouns.contains(tokens[run.lowerBound - 2].lower)
        guard after || hasRoleAppositive(after: run.upperBound, in: sentence),
              // "In San Jose, the city's mayor said": a place after a preposition is a place.
              !(run.lowerBound > 0 && tokens[run.lowerBound - 1].isWord && (NameLexicon.locativePrepositions.contains(tokens[run.lowerBound - 1].lower)
                    || ["of", "on", "for", "and", "or"].contains(tokens[run.lowerBound - 1].lower))) else { return false }
        for t in run {
            guard tokens[t].isWord, tokens[t].isCapitalized, !tokens[t].isAcronym,
                  let (kind, end) = lexiconMatch(sentence, at: t, before: t + 1), end == t + 1,
                  case .city = kind else { return false }
        }
        return true
    }

    /// ", a lawyer for the family,", ", the company's chief executive.": after the comma at
    /// `comma`, an article or possessive pronoun, then within six words a person noun that ends
    /// the phrase or opens its "of"/"for" part.
    func hasRoleAppositive(after comma: Int, in sentence: AnalyzedSentence) -> Bool {
        guard let opener = sentence.token(comma + 1), ["a", "an", "the", "his", "her", "its", "their"].contains(opener.lower) else { return false }
        var t = comma + 2
        while let token = sentence.token(t), t - comma <= 7, token.isWord || token.kind == .possessive {
            // "Santa Clara, the home town of the mayor,": the phrase's head comes before its "of".
            if token.isWord, NameLexicon.functionWords.contains(token.lower) { return false }
            if token.isWord, !token.isCapitalized, Self.besideNameNouns.contains(token.lower) {
                guard let next = sentence.token(t + 1) else { return true }
                if [",", ".", ";"].contains(next.text) || ["of", "for", "at", "with", "who", "from", "to"].contains(next.lower) { return true }
            }
            t += 1
        }
        return false
    }
}
