import BriefingModel

/// "… opposition lawmakers from the Ethiopian Citizens for Social Justice party asked …
/// The opposition questioned whether …", "Fatou Ceesay of the ruling National People's Party
/// … The opposition also accuses the ruling party of …": wire copy calls a party or group it
/// has marked as the opposition "the opposition" afterwards, and one it has marked as ruling
/// "the ruling party". A party is so marked by the word just before its name ("the main
/// opposition United Democratic Party", "opposition lawmakers from the … party", "the ruling
/// … Party") or in the apposition after it ("UDP, the main opposition party,"); a group voice
/// by its phrase ("Opposition lawmakers").
enum PartyCamp: String, Sendable, Hashable {
    case opposition, ruling
}

extension NameFinding {
    mutating func noteCamp(_ index: Int, tokens range: Range<Int>, in sentence: AnalyzedSentence) {
        guard records[index].kind == .organization || records[index].kind == .other,
              let camp = camp(of: records[index], tokens: range, in: sentence), campActors[camp]?.last != index else { return }
        campActors[camp, default: []].removeAll { $0 == index }
        campActors[camp, default: []].append(index)
    }

    /// The actor a description names by its camp: "the opposition", "the main opposition",
    /// "the ruling party", "the ruling coalition".
    func markedCamp(phrase head: String, modifiers: [String]) -> Int? {
        if head == "opposition", modifiers.allSatisfy({ $0 == "main" }) { return campActors[.opposition]?.last }
        if modifiers == ["ruling"], NameLexicon.partyWords.contains(head) { return campActors[.ruling]?.last }
        return nil
    }

    func camp(of record: ActorRecord, tokens range: Range<Int>, in sentence: AnalyzedSentence) -> PartyCamp? {
        let tokens = sentence.tokens
        if record.kind == .other { return record.name.lowercased().hasPrefix("opposition ") ? .opposition : nil }
        // Before the name, within four words and no punctuation.
        var k = range.lowerBound - 1
        while k >= 0, k >= range.lowerBound - 4, tokens[k].isWord {
            if let camp = PartyCamp(rawValue: tokens[k].lower) { return camp }
            k -= 1
        }
        // "UDP, the main opposition party," / "…, Gambia's ruling party,".
        var j = range.upperBound
        guard j < tokens.count, tokens[j].text == "," else { return nil }
        j += 1
        while j < tokens.count, j <= range.upperBound + 6, tokens[j].isWord || tokens[j].kind == .possessive {
            if let camp = PartyCamp(rawValue: tokens[j].lower) {
                return j + 1 < tokens.count && NameLexicon.partyWords.contains(tokens[j + 1].lower) ? camp : nil
            }
            j += 1
        }
        return nil
    }
}
