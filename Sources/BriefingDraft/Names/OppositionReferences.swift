import BriefingModel

/// "… and opposition lawmakers from the Ethiopian Citizens for Social Justice party asked …
/// The opposition questioned whether the institute had been open": wire copy calls a party
/// or group it has marked as the opposition "the opposition" afterwards. A party is so marked
/// by "opposition" just before its name ("the main opposition United Democratic Party",
/// "opposition lawmakers from the … party") or in the apposition after it ("UDP, the main
/// opposition party,"); a group voice by its phrase ("Opposition lawmakers").
extension NameFinding {
    mutating func noteOpposition(_ index: Int, tokens range: Range<Int>, in sentence: AnalyzedSentence) {
        guard records[index].kind == .organization || records[index].kind == .other,
              oppositionActors.last != index, isMarkedAsOpposition(records[index], tokens: range, in: sentence) else { return }
        oppositionActors.removeAll { $0 == index }
        oppositionActors.append(index)
    }

    func isMarkedAsOpposition(_ record: ActorRecord, tokens range: Range<Int>, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        if record.kind == .other { return record.name.lowercased().hasPrefix("opposition ") }
        // Before the name, within four words and no punctuation.
        var k = range.lowerBound - 1
        while k >= 0, k >= range.lowerBound - 4, tokens[k].isWord {
            if tokens[k].lower == "opposition" { return true }
            k -= 1
        }
        // "UDP, the main opposition party," / "…, Gambia's main opposition party,".
        var j = range.upperBound
        guard j < tokens.count, tokens[j].text == "," else { return false }
        j += 1
        while j < tokens.count, j <= range.upperBound + 6, tokens[j].isWord || tokens[j].kind == .possessive {
            if tokens[j].lower == "opposition" { return j + 1 < tokens.count && NameLexicon.partyWords.contains(tokens[j + 1].lower) }
            j += 1
        }
        return false
    }
}
