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
