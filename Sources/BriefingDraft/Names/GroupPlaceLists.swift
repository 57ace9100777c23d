/// "Residents of Souni and Pachna said", "Villagers in Rukla, Jonava and Kaisiadorys said":
/// two names or more listed after a people's noun and "of" or "in" say where the people live;
/// they are places, not speakers coordinated before the verb.
extension NameFinding {
    /// Nouns for the people of a place.
    static let peopleOfPlaceNouns: Set<String> = [
        "residents", "villagers", "inhabitants", "locals", "farmers", "herders", "fishermen", "people",
        "communities", "households", "traders", "shopkeepers", "evacuees",
    ]

    /// Whether `chunk` stands in a list of names after "residents of", "villagers in" and the like.
    static func isListedHomeOfPeople(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        var first = chunk.tokens.lowerBound
        while first >= 2, [",", "and"].contains(sentence.tokens[first - 1].lower),
              let before = sentence.chunk(endingBefore: first - 1), before.isName {
            first = before.tokens.lowerBound
        }
        // A list of two names or more: one name after "residents of" may be the speaker's own
        // ("Residents of San Pedro Necta reached by telephone said" is left as it was).
        let listed = first < chunk.tokens.lowerBound
            || (sentence.token(chunk.tokens.upperBound).map { [",", "and"].contains($0.lower) } == true
                && sentence.chunk(startingAt: chunk.tokens.upperBound + 1)?.isName == true)
        guard listed, first >= 2, ["of", "in", "from"].contains(sentence.tokens[first - 1].lower) else { return false }
        let noun = sentence.tokens[first - 2]
        return noun.isWord && peopleOfPlaceNouns.contains(noun.lower)
    }
}
