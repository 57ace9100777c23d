import BriefingModel

/// "residents of Lüderitz, the coastal town nearest the site": a name the gazetteer does not
/// know, set beside "the <adjectives> town" (or province, region …), is that place; its other
/// mentions ("Lüderitz Mayor Ruben Nangolo") then make no actor of it. Not "Hyphen, the
/// consortium", nor "Okoro, the town's mayor" or "Tema, the city council": the place noun
/// must end the phrase.
extension NameFinding {
    /// Words that may follow the place noun and still leave the phrase a place's.
    static let placeNounFollowers: Set<String> = ["nearest", "closest", "near", "where", "that", "which", "whose", "some", "about", "just"]

    func placeKindOfApposition(after chunk: NameChunk, in sentence: AnalyzedSentence) -> PlaceKind? {
        guard chunk.isName, sentence.token(chunk.tokens.upperBound)?.text == ",",
              let article = sentence.token(chunk.tokens.upperBound + 1), ["the", "a"].contains(article.lower) else { return nil }
        var t = chunk.tokens.upperBound + 2
        var adjectives = 0
        while let token = sentence.token(t), token.isWord, adjectives <= 3 {
            let noun = token.lower
            if Self.settlementWords.contains(noun) || Self.areaWords.contains(noun) {
                if let next = sentence.token(t + 1), next.kind == .possessive { return nil }
                if let next = sentence.token(t + 1), next.isWord {
                    guard NameLexicon.functionWords.contains(next.lower) || Self.placeNounFollowers.contains(next.lower) else { return nil }
                }
                return Self.settlementWords.contains(noun) ? .city : .region
            }
            // Adjectives in lower case ("coastal", "oil-rich") or a demonym ("the Namibian port").
            guard !NameLexicon.functionWords.contains(noun), token.isCapitalized == false || gazetteer.country(demonym: token.text) != nil else { return nil }
            adjectives += 1
            t += 1
        }
        return nil
    }
}
