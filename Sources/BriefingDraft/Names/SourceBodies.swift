/// Unnamed state bodies credited as the source of a figure.
extension NameFinding {
    /// Head nouns of a state body that news credits with figures ("the national statistics
    /// bureau", "the central bank"). "bank" only after "central": "the investment bank" is private.
    static let sourceBodyHeads: Set<String> = [
        "ministry", "bank", "bureau", "committee", "office", "agency", "service", "authority", "directorate", "institute",
    ]

    /// "according to the national statistics bureau", "according to the central bank" where the
    /// text names no such body: the body of the country the text is about (else the one in
    /// context), named as news names it with its country ("Kazakh National Statistics Bureau");
    /// sources of figures are actors. `t` is the article, `words` the lower-case words after it.
    mutating func unnamedSourceBody(at t: Int, words: [Int], in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard t >= 2, tokens[t - 1].lower == "to", tokens[t - 2].lower == "according",
              words.count >= 2, let last = words.last, Self.sourceBodyHeads.contains(tokens[last].lower) else { return nil }
        // The phrase ends at its head: "the central bank governor" is a person.
        if let next = sentence.token(last + 1), next.isWord, !next.isCapitalized, !NameLexicon.functionWords.contains(next.lower) { return nil }
        let modifiers = words.dropLast()
        // "the state news agency" is an outlet, not a state body.
        guard modifiers.allSatisfy({ tokens[$0].kind == .word && tokens[$0].lower != "news" && !AnalyzedSentence.isVerbLike(tokens[$0], skippedAdverb: false) }),
              tokens[last].lower != "bank" || tokens[modifiers.last!].lower == "central" else { return nil }
        let at = position(sentence, t)
        guard let code = homeCountry ?? contextCountry(at: at), let country = gazetteer.country(code: code),
              let owner = countryRecord(code, at: at) else { return nil }
        let name = ([preferredDemonym(of: country)] + words.map { Chunker.titleCased(tokens[$0]) }).joined(separator: " ")
        let index = stateBody(named: name, at: at, affiliation: records[owner].name)
        let range = t..<(last + 1)
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return last + 1
    }
}
