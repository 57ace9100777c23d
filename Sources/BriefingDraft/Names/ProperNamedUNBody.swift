/// "The U.N. Verification Mission in Colombia condemned …", "The United Nations Development
/// Programme warned …": a UN body with a proper, capitalised name of its own acts for itself; the
/// United Nations met only inside that name is no actor there (the gold leaves it out). A lowercase
/// description ("the UN human rights office") still names the UN. Only the UN: the gold keeps the
/// European Union for its "European Union Election Observation Mission". Found among the spurious
/// actors of development sets T, L, I and D.
extension NameFinding {
    static let unPrefixes: Set<String> = ["UN", "U.N.", "United Nations"]

    static func isProperNamedUNBody(_ chunk: NameChunk, prefix: Range<Int>, in sentence: AnalyzedSentence) -> Bool {
        guard unPrefixes.contains(sentence.surface(prefix)), prefix.upperBound < chunk.tokens.upperBound else { return false }
        let rest = sentence.tokens[prefix.upperBound..<chunk.tokens.upperBound].filter(\.isWord)
        guard let first = rest.first, first.isCapitalized else { return false }
        return rest.allSatisfy { $0.isCapitalized || NameLexicon.functionWords.contains($0.lower) }
    }
}
