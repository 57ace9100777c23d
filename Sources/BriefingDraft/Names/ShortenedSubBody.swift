/// "the UN human rights office in Geneva … The UN office said …": a body of a larger one,
/// named in full once, is later shortened to its parent's name and its own head noun. The short
/// form names the sub-body, not the parent, when exactly one body met before has a name that
/// opens with the parent's name, ends with that noun and holds every word between them.
extension NameFinding {
    /// Head nouns that a shortened sub-body keeps.
    static let subBodyHeads: Set<String> = [
        "office", "agency", "commission", "council", "court", "mission", "committee", "tribunal", "body", "department",
        "unit", "secretariat", "panel",
    ]

    /// At a chunk naming an organisation ("UN") after "the": the sub-body that "the UN office"
    /// stands for, mentioned over the whole phrase. Returns false when the phrase is no such short form.
    mutating func mentionShortenedSubBody(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let start = chunk.tokens.lowerBound
        guard start > 0, tokens[start - 1].lower == "the" else { return false }
        // Up to two lower-case words before the head noun ("the UN rights office").
        var end = chunk.tokens.upperBound
        var middle: [String] = []
        while let token = sentence.token(end), token.isWord, !token.isCapitalized, !Self.subBodyHeads.contains(token.lower), middle.count < 2 {
            middle.append(token.lower)
            end += 1
        }
        guard let head = sentence.token(end), head.isWord, !head.isCapitalized, Self.subBodyHeads.contains(head.lower) else { return false }
        // "the UN office for refugees", "the UN office UNOCHA": a description of a body of its own.
        if let next = sentence.token(end + 1), next.isCapitalized || ["for", "of"].contains(next.lower) { return false }
        let parent = resolve(chunk.name)
        var parentNames = [chunk.surface.lowercased()]
        if let parent { parentNames += [records[parent].name.lowercased()] + records[parent].aliases.map { $0.lowercased() } }
        let here = position(sentence, start)
        let candidates = records.indices.filter { index in
            guard absorbed[index] == nil, index != parent, records[index].kind == .organization, records[index].defined < here else { return false }
            let name = records[index].name.lowercased()
            guard name.hasSuffix(" " + head.lower), let opening = parentNames.first(where: { name.hasPrefix($0 + " ") }) else { return false }
            let inner = name.dropFirst(opening.count + 1).dropLast(head.lower.count + 1).split(separator: " ").map(String.init)
            return !inner.isEmpty && middle.allSatisfy(inner.contains)
        }
        guard candidates.count == 1, let index = candidates.first else { return false }
        let range = (start - 1)..<(end + 1)
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return true
    }
}
