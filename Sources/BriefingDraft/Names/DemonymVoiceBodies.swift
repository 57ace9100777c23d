/// "A Zambian environmental group said the river was poisoned", "a Chilean human rights
/// organisation said": a demonym, a lower-case modifier and a noun for a body of campaigners
/// name an unnamed body of that country's people, not its state. Before, the demonym alone
/// was read, and the side went to the country. Only with a modifier ("a Zambian group" says
/// too little) and with no name after the noun ("Chinese mining group Zijin" is the company).
extension Chunker {
    static let voiceBodyNouns: Set<String> = [
        "group", "organisation", "organization", "coalition", "network", "movement", "alliance", "society", "charity", "ngo", "watchdog",
    ]

    /// The end of such a body's words from `start` (right after the demonym), if they name one.
    static func demonymVoiceBodyEnd(from start: Int, in sentence: AnalyzedSentence, covered: [Bool]) -> Int? {
        guard let end = ownedBodyEnd(from: start, nouns: voiceBodyNouns, in: sentence, covered: covered), end - start >= 2 else { return nil }
        if let next = sentence.token(end), next.isWord, next.isCapitalized { return nil }
        return end
    }
}

extension NameFinding {
    /// "A Zambian environmental group said … The group, Green Kafue, said": the unnamed body is
    /// the one the text names later by the same noun in an opening apposition.
    mutating func linkDemonymVoiceBodies() {
        for definition in definitions where definition.kind == .organization {
            guard case .country? = definition.qualifier, let last = definition.name.split(separator: " ").last?.lowercased(),
                  Chunker.voiceBodyNouns.contains(last), definition.name.split(separator: " ").count >= 3,
                  let first = definition.name.split(separator: " ").first, gazetteer.country(demonym: String(first)) != nil else { continue }
            let later = descriptionAliases.filter { $0.head == last && $0.sentence >= definition.position.sentence && $0.target != definition.name }
            guard let target = later.first?.target, later.allSatisfy({ $0.target == target }) else { continue }
            aliasPairs.append((definition.name, target))
        }
    }
}
