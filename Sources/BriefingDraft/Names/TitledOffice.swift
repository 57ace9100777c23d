/// "The Kyrgyz president's press office said", "the state prosecutor's office said": the
/// office of a title-holder is a body of its own, named as written, and the holder's when the
/// text named them (so it speaks for that person's camp), else the country's.
extension NameFinding {
    /// Words between the title's possessive and "office".
    static let officeModifiers: Set<String> = ["press", "media"]

    /// At `t` ("the" or the first word), the office of an unnamed holder of a title that speaks,
    /// acts or is cited ("according to …", "…, which found"). Returns the token after "office".
    mutating func titledOffice(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        let hasArticle = tokens[t].lower == "the"
        var k = hasArticle ? t + 1 : t
        guard hasArticle || (t >= 2 && tokens[t - 1].lower == "to" && tokens[t - 2].lower == "according") else { return nil }
        var code: String?
        if let chunk = sentence.chunk(startingAt: k), case .demonym(let country) = chunk.kind {
            code = country.code
            k = chunk.tokens.upperBound
        } else if hasArticle, let chunk = sentence.chunk(startingAt: k), case .city(let city) = chunk.kind,
                  sentence.token(chunk.tokens.upperBound)?.isCapitalized == false {
            // "the Istanbul chief prosecutor's office": the city's office, named with the city.
            code = city.country
            k = chunk.tokens.upperBound
        }
        // One or two words ending in a title word: "president", "state prosecutor",
        // "Auditor-General"; a named holder's office ("Vukomanovic's office") is that person's.
        guard let p = (k + 1...k + 2).first(where: { sentence.token($0)?.kind == .possessive }),
              (k..<p).allSatisfy({ tokens[$0].isWord }), let title = tokens[p - 1].lower.split(separator: "-").last,
              NameLexicon.titleHeads.contains(String(title)) else { return nil }
        let titleChunk = sentence.chunk(startingAt: k).flatMap { $0.isTitle && $0.tokens.upperBound == p ? $0 : nil }
        k = p - 1
        var end = k + 2
        while let word = sentence.token(end), word.isWord, Self.officeModifiers.contains(word.lower) { end += 1 }
        guard let office = sentence.token(end), office.lower == "office" else { return nil }
        end += 1
        let acts = sentence.wordAfter(end).map { AnalyzedSentence.isVerbLike($0.word, skippedAdverb: $0.skippedAdverb) } == true
        let cited = !hasArticle || (sentence.token(end)?.text == "," && sentence.token(end + 1)?.lower == "which")
            // "a spokeswoman for the Vienna public prosecutor's office": the office speaks through her.
            || (t >= 2 && tokens[t - 1].lower == "for" && Self.spokespersonNouns.contains(tokens[t - 2].lower))
        guard acts || cited else { return nil }
        // "the minister's office said" after "Agriculture Minister Kwame Asante said": the
        // office of a holder the text has named is that person's. Looked up only for an office
        // that speaks or is cited: the look-up reads every person drafted.
        let holder: Int? = if hasArticle, let titleChunk, case .person(let index, _)? = personDescribed(by: titleChunk, in: sentence) { index } else { nil }
        let at = position(sentence, t)
        let owner = (code ?? homeCountry).flatMap { countryRecord($0, at: at) }
        let start = hasArticle ? t + 1 : t
        var name = sentence.surface(start..<end)
        name = name.prefix(1).uppercased() + name.dropFirst()
        let index = stateBody(named: name, at: at, affiliation: (holder ?? owner).map { records[$0].name })
        let range = t..<end
        addMention(index, tokens: range, in: sentence, alias: hasArticle ? Self.lowercasingArticle(sentence.surface(range)) : nil)
        return end
    }
}
