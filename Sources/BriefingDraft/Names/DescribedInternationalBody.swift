/// "the International Organization for Migration (IOM). The UN agency said …": a bare
/// description made of an international organisation's name and a body noun refers back to
/// an international body the text named, not to the organisation it belongs to.
extension NameFinding {
    static let genericBodyNouns: Set<String> = ["agency", "body", "organisation", "organization"]

    /// The token after the noun when `chunk` ("UN") stands in "the UN agency".
    static func genericInternationalDescriptionEnd(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Int? {
        let start = chunk.tokens.lowerBound
        guard start > 0, sentence.tokens[start - 1].lower == "the", let noun = sentence.token(chunk.tokens.upperBound),
              noun.isWord, genericBodyNouns.contains(noun.lower) else { return nil }
        // "the UN agency for refugees" or "the UN agency UNHCR" describe a body of their own.
        if let next = sentence.token(chunk.tokens.upperBound + 1), next.isCapitalized || ["for", "of"].contains(next.lower) { return nil }
        return chunk.tokens.upperBound + 1
    }

    /// Is there an international body other than `name` defined before `position`?
    func otherInternationalBody(than name: String, before position: TextPosition) -> Bool {
        definitions.contains { $0.international && $0.name != name && $0.position < position }
    }

    /// In reading order: the international body last mentioned, other than `name`.
    mutating func mentionDescribedInternationalBody(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        guard resolve(chunk.name) == nil, let end = Self.genericInternationalDescriptionEnd(chunk, in: sentence),
              let index = recent.last(where: { absorbed[$0] == nil && records[$0].international && records[$0].name != chunk.name }) else { return false }
        let range = (chunk.tokens.lowerBound - 1)..<end
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return true
    }
}
