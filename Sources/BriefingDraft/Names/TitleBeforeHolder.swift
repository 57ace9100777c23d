/// "The company's chief executive, Rodrigo Fuentes, said …", "the firm's legal director, Anna
/// Berg,": a title owned by a body named by its common noun and set before the holder's name
/// belongs to that body, resolved as "the company said" is (the latest body of that noun, for a
/// business noun the latest business). Without it the holder had no employer, so a drafted
/// dispute could set an executive against their own company's statement.
/// Narrower than the title after the name (PossessedTitles.swift), because reading it for
/// every holder moved dispute sides that were found before: it only fills a missing
/// affiliation (a "president" an earlier rule gave a country keeps it), and a founder or owner,
/// who holds a stake rather than an office and is often a party of their own, is left alone.
extension NameFinding {
    /// Stake words: "the company's founder" or "owner" does not speak for the company.
    static let stakeTitles: Set<String> = ["founder", "co-founder", "owner", "co-owner", "shareholder"]

    /// The noun before the possessive of a title set before a person's name: back over the comma,
    /// then up to four lowercase words ending in a title's head ("chief executive", "legal
    /// director", "advocacy officer"), to "the <noun>'s". Nil for "the company's shares, Name
    /// said," (no title head) and for a name owned by a person or a named body.
    func possessingBodyNounBeforeName(ofPersonAt position: TextPosition) -> String? {
        guard let (sentence, name) = definingName(ofPersonAt: position), name.lowerBound >= 5,
              sentence.token(name.lowerBound - 1)?.text == ",",
              let last = sentence.token(name.lowerBound - 2), NameLexicon.titleHeads.contains(last.lower) else { return nil }
        var k = name.lowerBound - 2
        while k >= 0, name.lowerBound - 2 - k < 4, let token = sentence.token(k), token.isWord, !token.isCapitalized,
              !NameLexicon.functionWords.contains(token.lower), !Self.stakeTitles.contains(token.lower) { k -= 1 }
        guard k >= 2, k < name.lowerBound - 2, sentence.token(k)?.kind == .possessive,
              let noun = sentence.token(k - 1), noun.isWord, !noun.isCapitalized,
              sentence.token(k - 2)?.lower == "the", Self.isBodyNoun(noun.lower) else { return nil }
        return noun.lower
    }

    /// Bodies of members: "the union's general secretary" is the union's officer even where a
    /// title head ("secretary") had made the holder an officer of the country.
    static let membersBodyNouns: Set<String> = ["union", "federation", "association", "confederation", "cooperative", "syndicate"]

    /// The actor's affiliation is a country's record.
    func isAffiliatedToCountry(_ index: Int) -> Bool {
        guard let affiliation = records[index].affiliation, let owner = lookup[affiliation.lowercased()] else { return false }
        return records[owner].kind == .country
    }

    mutating func affiliateTitlesBeforeHolders() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person {
            guard let noun = possessingBodyNounBeforeName(ofPersonAt: records[index].defined) else { continue }
            guard records[index].affiliation == nil || (Self.membersBodyNouns.contains(noun) && isAffiliatedToCountry(index)) else { continue }
            guard let body = bodyNamed(by: noun, before: index) else { continue }
            records[index].affiliation = records[body].name
        }
    }
}
