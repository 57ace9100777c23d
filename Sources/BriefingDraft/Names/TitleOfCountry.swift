/// "Attorney General of Kenya Justin Muturi said", "Minister of Zambia …": a title whose "of"
/// names a country, written before the holder's name. The run stopped at "of", and the
/// country and the name ran together into a person "Kenya Justin Muturi". The country is now
/// read as part of the title when a name of two words or more follows it ("the Attorney
/// General of Kenya said" is left alone: no name follows).
extension Chunker {
    /// The end of "of <Country>" at `of` after a title head, when a name of two words or more follows.
    func titleCountryEnd(_ tokens: [NameToken], of: Int) -> Int? {
        guard of > 0, of + 1 < tokens.count, tokens[of].isWord, tokens[of].lower == "of",
              tokens[of - 1].isCapitalized, isTitleHead(tokens[of - 1]) else { return nil }
        var start = of + 1
        if tokens[start].lower == "the", start + 1 < tokens.count { start += 1 }
        // The longest country name of up to three words.
        for length in stride(from: 3, through: 1, by: -1) where start + length + 1 < tokens.count {
            let words = tokens[start..<(start + length)]
            guard words.allSatisfy({ $0.isWord && $0.isCapitalized }) else { continue }
            let name = words.map(\.text).joined(separator: " ")
            guard gazetteer.country(named: name) != nil else { continue }
            let end = start + length
            let first = tokens[end], second = tokens[end + 1]
            guard isNameToken(first), isNameToken(second), !first.isAcronym, !NameLexicon.organizationCues.contains(first.lower),
                  !NameLexicon.organizationCues.contains(second.lower), gazetteer.country(named: first.text) == nil else { return nil }
            return end
        }
        return nil
    }
}

extension NameFinding {
    /// The title's own words and the country of "Attorney General of Kenya": the holder's role
    /// is the office ("Attorney General"), the country its affiliation.
    func titleOfCountry(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> (role: String, code: String)? {
        let tokens = sentence.tokens
        guard let of = chunk.tokens.last(where: { tokens[$0].isWord && tokens[$0].lower == "of" }), of > chunk.tokens.lowerBound else { return nil }
        var start = of + 1
        if start < chunk.tokens.upperBound, tokens[start].lower == "the" { start += 1 }
        guard start < chunk.tokens.upperBound, let country = gazetteer.country(named: sentence.surface(start..<chunk.tokens.upperBound)) else { return nil }
        return (sentence.surface(chunk.tokens.lowerBound..<of), country.code)
    }
}
