/// "The WHO was less confident. Its country representative, Dr. Moussa Kone, said …": a short
/// sentence with no verb of saying that says an actor is less sure than the one before frames
/// the doubt of the speaker it introduces, as "Not everyone is convinced" does (`attach`).
/// Only a short sentence: inside a longer one ("investors were less confident about growth")
/// the words are what is reported, not a stance.
extension PositionFinder {
    /// Adjectives of certainty that doubt when lessened ("less confident", "not so sure").
    static let certaintyWords: Set<String> = ["confident", "sure", "certain", "optimistic", "sanguine", "convinced", "upbeat"]
    /// Adjectives of doubt that doubt when heightened ("more cautious", "more sceptical").
    static let cautionWords: Set<String> = ["cautious", "sceptical", "skeptical", "circumspect", "guarded", "doubtful"]

    static func framesDoubt(_ lowers: [String]) -> Bool {
        let words = lowers.filter { $0.first?.isLetter ?? false }
        guard words.count <= 10 else { return false }
        return words.indices.contains { i in
            guard i >= 1 else { return false }
            if certaintyWords.contains(words[i]) {
                return words[i - 1] == "less" || (i >= 2 && ["not", "hardly"].contains(words[i - 2]) && ["so", "as", "all", "entirely"].contains(words[i - 1]))
            }
            return cautionWords.contains(words[i]) && ["more", "far", "much"].contains(words[i - 1])
        }
    }
}
