/// "The miners' union said it would strike": a union, association or federation owned by a
/// plural of its members, opening the sentence, is a body even when the text never names it;
/// the gold holds it as an organisation ("Miners' union"), and "the union" later refers to
/// it. Before, no actor was drafted and the union's statements had no speaker. Unlike
/// "Residents' groups" (PossessiveGroupVoices.swift), a singular body speaks as an
/// organisation, so a plain "said" is enough. A name right after ("the miners' union NUM")
/// is left to the name.
extension NameFinding {
    static let ownedMemberBodyHeads: Set<String> = ["union", "association", "federation", "cooperative", "syndicate", "guild"]

    mutating func defineOwnedMemberBody(in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        let t = sentence.datelineEnd
        guard t + 3 < tokens.count, tokens[t].isWord, ["the", "a", "an"].contains(tokens[t].lower) else { return }
        let owner = t + 1
        let head = owner + 2
        guard tokens[owner].isWord, !tokens[owner].isCapitalized, sentence.chunkAt[owner] == nil, tokens[owner].lower.hasSuffix("s"),
              tokens[owner].lower.count > 3, Self.isPluralPossessiveMark(tokens[owner + 1]), tokens[head].isWord,
              !tokens[head].isCapitalized, sentence.chunkAt[head] == nil, Self.ownedMemberBodyHeads.contains(tokens[head].lower) else { return }
        if let next = sentence.token(head + 1), next.isWord, next.isCapitalized { return }
        var v = head + 1
        var found = false
        while v < tokens.count, v - head <= 6 {
            if tokens[v].isWord, Self.stanceWords.contains(tokens[v].lower) { found = true; break }
            if tokens[v].kind == .punct, [".", ";", ":"].contains(tokens[v].text) { break }
            v += 1
        }
        guard found else { return }
        let words = (owner...head).filter { tokens[$0].isWord || Self.isPluralPossessiveMark(tokens[$0]) }.map { tokens[$0].lower }
        guard let first = words.first, voicePhrases[first]?.contains(where: { $0.words == words }) != true else { return }
        let phrase = sentence.surface(owner..<(head + 1))
        let name = phrase.prefix(1).uppercased() + phrase.dropFirst()
        voicePhrases[first, default: []].append((words, name))
        voicePhrases[first]?.sort { $0.words.count > $1.words.count }
        definitions.append(ActorDefinition(kind: .organization, name: name, position: TextPosition(sentence: sentence.order, token: owner)))
    }
}
