/// "the British Embassy in Tbilisi said": a diplomatic mission is named with the city it sits
/// in; the name without the city stays an alias ("the British Embassy").
extension NameFinding {
    static let missionWords: Set<String> = ["embassy", "consulate", "consulate-general", "mission", "legation"]

    /// The full name of the mission chunk and its short form, when "in <city>" follows it.
    func missionInCity(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> (full: String, short: String)? {
        guard let last = chunk.tokens.last, Self.missionWords.contains(sentence.tokens[last].lower), chunk.tokens.count >= 2,
              sentence.token(chunk.tokens.upperBound)?.lower == "in",
              let city = sentence.chunk(startingAt: chunk.tokens.upperBound + 1), case .city = city.kind else { return nil }
        return (chunk.name + " in " + city.surface, chunk.name)
    }

    /// Records the full name as the body's and the short one as its alias; two missions of one
    /// country in two cities keep their short name to neither.
    mutating func defineMissionInCity(_ chunk: NameChunk, in sentence: AnalyzedSentence, as definition: inout ActorDefinition) {
        guard let (full, short) = missionInCity(chunk, in: sentence) else { return }
        if aliasPairs.contains(where: { $0.alias.lowercased() == short.lowercased() && $0.target.lowercased() != full.lowercased() }) { return }
        definition.name = full
        aliasPairs.append((short, full))
    }
}
