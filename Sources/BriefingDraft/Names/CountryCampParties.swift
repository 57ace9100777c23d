/// "Gambia's main opposition party said the count was rigged", with the party named only
/// later ("The United Democratic Party said it would file a petition"): the phrase names a
/// party, not its country, which had taken the statement. The phrase is drafted as a body of
/// the country; when the text names exactly one party (a name ending in "Party"), the phrase
/// is that party's alias.
extension Chunker {
    static let campPartyModifiers: Set<String> = ["main", "largest", "biggest", "leading", "principal", "former", "opposition", "ruling", "governing"]

    /// After a country's possessive at `start`: up to three modifiers holding "opposition" or
    /// "ruling", then "party". Returns the token after "party".
    static func campPartyEnd(from start: Int, in sentence: AnalyzedSentence, covered: [Bool]) -> Int? {
        let tokens = sentence.tokens
        var k = start
        var camp = false
        while k < tokens.count, k - start < 3, !covered[k], tokens[k].isWord, !tokens[k].isCapitalized, campPartyModifiers.contains(tokens[k].lower) {
            camp = camp || ["opposition", "ruling", "governing"].contains(tokens[k].lower)
            k += 1
        }
        guard camp, k > start, k < tokens.count, !covered[k], tokens[k].isWord, tokens[k].lower == "party" else { return nil }
        // "Gambia's main opposition party, the UDP,": a name after it is left to the apposition rules.
        if let next = sentence.token(k + 1), next.isWord, next.isCapitalized { return nil }
        return k + 1
    }
}

extension NameFinding {
    /// Aliases the unnamed camp party ("Gambian Main Opposition Party") to the party the text
    /// names for that camp: the only party named, else the only one marked so by the words just
    /// before its name ("the ruling National People's Party"), else, for the opposition, the
    /// only one not marked ruling.
    mutating func linkCountryCampParties() {
        func campWords(_ definition: ActorDefinition) -> Set<String> {
            let sentence = sentences[definition.position.sentence]
            let start = definition.position.token
            var words = Set<String>()
            var k = start - 1
            while k >= 0, k >= start - 4, sentence.tokens[k].isWord {
                words.insert(sentence.tokens[k].lower)
                k -= 1
            }
            return words
        }
        var unnamed: [(name: String, ruling: Bool)] = []
        var named: [String: Set<String>] = [:]
        for definition in definitions where definition.kind == .organization && definition.name.hasSuffix(" Party") {
            let words = definition.name.split(separator: " ")
            if case .country? = definition.qualifier, words.count >= 3, words.contains("Opposition") || words.contains("Ruling") || words.contains("Governing") {
                unnamed.append((definition.name, !words.contains("Opposition")))
            } else {
                named[definition.name, default: []].formUnion(campWords(definition))
            }
        }
        guard !unnamed.isEmpty, !named.isEmpty else { return }
        let ruling = named.filter { !$0.value.isDisjoint(with: ["ruling", "governing"]) }.map(\.key)
        let opposition = named.filter { $0.value.contains("opposition") }.map(\.key)
        let notRuling = named.keys.filter { !ruling.contains($0) }
        for party in unnamed where !named.keys.contains(party.name) {
            let choice: String?
            if named.count == 1, let only = named.keys.first {
                // Not a party the text marks as the other camp.
                choice = (party.ruling ? opposition : ruling).contains(only) ? nil : only
            } else if party.ruling {
                choice = ruling.count == 1 ? ruling.first : nil
            } else {
                choice = opposition.count == 1 ? opposition.first : notRuling.count == 1 ? notRuling.first : nil
            }
            if let choice { aliasPairs.append((party.name, choice)) }
        }
    }
}
