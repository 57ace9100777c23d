/// Names that the chunker splits at "of" but an acronym shows to be one.
extension NameFinding {
    /// "National Confederation of Agriculture (CNA)": the chunk before the parentheses and the
    /// capitalised chunk before its "of" are one organisation's name when the acronym's letters
    /// are that whole name's initials, in any order (a translated name keeps its own order:
    /// "CNA"). Returns the name, else nil.
    func nameJoinedOverOf(_ chunk: NameChunk, acronym: String, in sentence: AnalyzedSentence) -> String? {
        let start = chunk.tokens.lowerBound
        var of = start - 1
        if of >= 1, sentence.tokens[of].lower == "the" { of -= 1 }
        guard of >= 1, sentence.tokens[of].lower == "of", let head = sentence.chunk(endingBefore: of) else { return nil }
        switch head.kind {
        case .name, .organization: break
        default: return nil
        }
        let words = (head.tokens.lowerBound..<chunk.tokens.upperBound).map { sentence.tokens[$0] }
            .filter { $0.isWord && !["of", "the", "and", "for"].contains($0.lower) }
        guard words.allSatisfy(\.isCapitalized) else { return nil }
        let initials = words.compactMap { $0.text.first }.map(String.init).sorted()
        let letters = acronym.acronymKey.map(String.init).sorted()
        guard letters.count >= 2, initials == letters else { return nil }
        return NameFinding.cleanName(sentence.surface(head.tokens.lowerBound..<chunk.tokens.upperBound))
    }
}
