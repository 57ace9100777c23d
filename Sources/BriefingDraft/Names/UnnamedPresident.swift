/// A head of state the text names only by office.
extension NameFinding {
    /// "the president had ordered reinforcements" where no person of the text holds that office:
    /// the president of the country in context (else the one the text is about), a person named
    /// by the office ("President of Cameroon"), since news gives such acts to the office holder.
    /// `roleText` is the title as written, lowercased.
    mutating func unnamedPresident(_ title: NameChunk, roleText: String, in sentence: AnalyzedSentence) {
        let start = title.tokens.lowerBound
        guard roleText == "president", start > 0, sentence.tokens[start - 1].lower == "the",
              !records.indices.contains(where: { absorbed[$0] == nil && records[$0].kind == .person && records[$0].role.map(Self.roleHead) == "president" })
        else { return }
        let end = title.tokens.upperBound
        // It acts: a verb follows ("the president said"), not "the president of the league".
        guard let (verb, _, adverb) = sentence.wordAfter(end), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return }
        let at = position(sentence, start)
        guard let code = contextCountry(at: at) ?? lastGovernment ?? homeCountry, let country = gazetteer.country(code: code),
              let owner = countryRecord(code, at: at) else { return }
        let name = "President of " + country.name
        let index: Int
        if let known = lookup[name.lowercased()] {
            index = resolveIndex(known)
        } else {
            var record = ActorRecord(name: name, kind: .person, defined: at)
            record.role = "president"
            record.affiliation = records[owner].name
            index = newRecord(record)
        }
        let range = (start - 1)..<end
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
    }
}
