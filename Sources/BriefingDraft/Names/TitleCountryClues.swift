/// Where an unqualified state title's country is not read from: a country named after the
/// person behind a word that makes it the other party ("… told reporters after meeting Japan's
/// deputy chief of mission"), which belongs to the counterpart, not to the person.
extension NameFinding {
    /// Words after which a country names the other party, not the person's own side. A summons
    /// ("summoned Venezuela's ambassador") reads the same way but is left out: with it, the
    /// dispute finder paired more of that person's positions into the wrong disputes (development
    /// set D's side precision fell; CounterpartCountryTests keeps the form as a known issue).
    static let counterpartCues: Set<String> = [
        "meeting", "met", "meet", "meets", "with", "against", "received", "receiving", "hosted", "hosting",
        "visiting", "visited", "told", "urged",
    ]

    /// Is the country at `token` named after the person at `person` behind a word that makes it
    /// the counterpart ("X said after meeting Japan's deputy chief of mission")?
    func namesCounterpart(_ token: Int, after person: Int, in sentence: Int) -> Bool {
        guard token > person, sentences.indices.contains(sentence) else { return false }
        let tokens = sentences[sentence].tokens
        return (person..<min(token, tokens.count)).contains { Self.counterpartCues.contains(tokens[$0].lower) }
    }

    /// The dateline's country when it is one of `countries`: of two sides named in the sentence
    /// before ("Chile's government defended …, after Peru complained"), the story's own.
    func datelineCountry(among countries: [(String, Int)]) -> String? {
        guard let dateline = datelineCountry(), countries.contains(where: { $0.0 == dateline }) else { return nil }
        return dateline
    }

    /// "Venezuela's Defense Ministry rejected that account. … Defense Minister Aníbal Rojas Medina
    /// went further": the country whose ministry of the same portfolio the text named before the
    /// minister, when only one country's is named. The sentence before may name both sides.
    func portfolioCountry(of role: String, before position: TextPosition) -> String? {
        let words = role.lowercased().split(separator: " ").map(String.init)
        guard words.contains("minister") || words.contains("ministers") else { return nil }
        let portfolio = words.filter { Chunker.institutionModifiers.contains($0) && !NameLexicon.governmentAdjectives.contains($0) }
        guard !portfolio.isEmpty else { return nil }
        var codes: Set<String> = []
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization && records[index].defined < position {
            let name = records[index].name.lowercased().split(separator: " ").map(String.init)
            guard name.last == "ministry", portfolio.allSatisfy(name.contains),
                  let owner = records[index].affiliation.flatMap(resolve), let code = records[owner].countryCode else { continue }
            codes.insert(code)
        }
        return codes.count == 1 ? codes.first : nil
    }
}
