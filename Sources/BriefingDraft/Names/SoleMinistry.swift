/// "Infrastructure Minister Ana Vos said … The ministry disputed those numbers": where the
/// text names no ministry, "the ministry" is the one of the only minister it names with a
/// portfolio.
extension NameFinding {
    /// The portfolio of a minister's role: "Infrastructure Minister" → "Infrastructure",
    /// "Deputy Foreign Minister" → "Foreign"; none for "Prime Minister" or a bare "Minister".
    static func portfolio(ofMinister role: String) -> String? {
        let words = role.split(separator: " ").map(String.init)
        guard let last = words.last, last.lowercased() == "minister" else { return nil }
        let portfolio = words.dropLast().filter { !Self.rankWords.contains($0.lowercased()) }
        guard !portfolio.isEmpty, !portfolio.contains(where: { ["prime", "chief", "state", "cabinet"].contains($0.lowercased()) }) else { return nil }
        return portfolio.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// `t` is "the", `end` the token after "ministry"; the ministry must speak or act.
    mutating func soleMinistersMinistry(at t: Int, end: Int, in sentence: AnalyzedSentence) -> Int? {
        guard let (verb, _, adverb) = sentence.wordAfter(end), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return nil }
        let here = position(sentence, t)
        let ministers = records.indices.filter { index in
            absorbed[index] == nil && records[index].kind == .person && records[index].defined < here
                && records[index].role.flatMap(Self.portfolio(ofMinister:)) != nil
        }
        // Two foreign ministers of two countries are two ministries too.
        let portfolios = Set(ministers.compactMap { index in records[index].role.flatMap(Self.portfolio(ofMinister:)).map { $0 + "|" + (records[index].affiliation ?? "") } })
        guard portfolios.count == 1, let minister = ministers.first, let portfolio = records[minister].role.flatMap(Self.portfolio(ofMinister:)),
              let owner = records[minister].affiliation.flatMap({ lookup[$0.lowercased()] }).map(resolveIndex),
              records[owner].kind == .country, let code = records[owner].countryCode, let country = gazetteer.country(code: code) else { return nil }
        // "the ministry" before "The Ministry of Labor rejected": the one the text names, if any
        // (its words read past commas: "Ministry of Mines, Energy and Rural Electrification").
        let words = Set(LowercaseWords.split(portfolio + " ministry"))
        let named = records.indices.first { index in
            absorbed[index] == nil && records[index].kind == .organization && words.isSubset(of: Set(LowercaseWords.split(records[index].name)))
        }
        let index = named ?? stateBody(named: preferredDemonym(of: country) + " " + portfolio + " Ministry", at: here, affiliation: records[owner].name)
        let range = t..<end
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return end
    }
}
