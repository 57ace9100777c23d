/// A legislature named by its kind alone.
extension NameFinding {
    /// Words before a bare "parliament" that open its clause, so that it may be the subject.
    static let clauseOpeners: Set<String> = ["and", "but", "while", "as", "after", "because", "though", "although", "when"]

    /// "parliament in 2024 passed a law", "a law passed by parliament": a bare "parliament" that
    /// acts is the legislature of the country the text is about (else the one in context), named
    /// as news names it with its country ("Georgian Parliament"). Where it is only a place or an
    /// addressee ("told parliament", "outside parliament") it names no actor.
    mutating func bareParliament(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard tokens[t].isWord, tokens[t].lower == "parliament", sentence.chunkAt[t] == nil else { return nil }
        let before = t > 0 ? tokens[t - 1] : nil
        let isAgent = before?.lower == "by"
        if !isAgent {
            if let before { guard before.kind == .punct || before.is(Self.clauseOpeners) else { return nil } }
            // "parliament in 2024 passed": over a year to the verb.
            var next = t + 1
            if sentence.token(next)?.lower == "in", sentence.token(next + 1)?.kind == .number { next += 2 }
            guard let (verb, _, adverb) = sentence.wordAfter(next), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return nil }
        }
        let at = position(sentence, t)
        guard let code = homeCountry ?? contextCountry(at: at), let country = gazetteer.country(code: code),
              let owner = countryRecord(code, at: at) else { return nil }
        let index = stateBody(named: preferredDemonym(of: country) + " Parliament", at: at, affiliation: records[owner].name)
        addMention(index, tokens: t..<(t + 1), in: sentence, alias: tokens[t].text)
        return t + 1
    }
}
