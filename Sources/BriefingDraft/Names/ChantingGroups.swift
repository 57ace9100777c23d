/// "“Pay us back!” the strikers chanted", "protesters shouted outside the ministry", "Dozens of
/// protesters gathered. “…,” they chanted": a crowd that chants or shouts speaks with one voice.
/// Before, no actor stood for it, so "they" went to the last country or body named and "the
/// crowd chanted" was dropped. The crowd is drafted as a group of kind `other` named by its head
/// ("Strikers", "Crowd"), kept only where it speaks or holds a side (`Drafter.withoutUnheldGroups`).
/// A chant by "they" looks back at most two sentences for the crowd's noun; "they" after a named
/// body with no crowd noun in between is left to the pronoun rules.
extension NameFinding {
    /// Verbs by which a crowd speaks.
    static let chantVerbs: Set<String> = [
        "chanted", "chant", "chants", "chanting", "shouted", "shout", "shouting", "sang", "sing", "singing",
        "yelled", "yelling", "chorused", "roared",
    ]

    /// Plural nouns of a crowd that chants.
    static let chantingHeads: Set<String> = [
        "protesters", "protestors", "demonstrators", "strikers", "marchers", "crowd", "crowds", "supporters", "fans",
        "mourners", "students", "activists", "workers", "farmers", "residents", "villagers",
    ]

    /// Crowd heads that no other voice rule reads ("crowd", "fans"): a group of one of them that
    /// neither speaks nor holds a side is pruned. ("residents" was pruned too at first: set V
    /// lost its gold "Residents", a voice that holds nothing in the draft.)
    static let chantOnlyHeads: Set<String> = chantingHeads.subtracting(voiceHeads).subtracting(modifiedVoiceHeads)

    /// Words between the crowd and its chant verb ("the crowd again chanted").
    static let chantFillers: Set<String> = ["again", "also", "then", "repeatedly", "loudly", "had", "have", "were", "kept", "began"]

    mutating func defineChantingGroups(in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        for v in tokens.indices where tokens[v].isWord && !tokens[v].isCapitalized && Self.chantVerbs.contains(tokens[v].lower) {
            var s = v - 1
            while s > 0, tokens[s].isWord, Self.chantFillers.contains(tokens[s].lower) { s -= 1 }
            guard s >= 0, tokens[s].isWord else { continue }
            if Self.chantingHeads.contains(tokens[s].lower), Self.isBareCrowdWord(s, in: sentence) {
                // "the strikers chanted", "protesters shouted", "hundreds of protesters chanted".
                defineChantingGroup(at: s, in: sentence)
            } else if tokens[s].lower == "they", let (earlier, head) = crowdNamedBefore(sentence) {
                // "Dozens of protesters gathered. “…,” they chanted."
                defineChantingGroup(at: head, in: earlier)
            }
        }
    }

    /// A crowd noun in lower case, or capitalised only as its sentence's first word ("Residents
    /// who gathered … sang"), where the chunker reads it as a one-word name.
    static func isBareCrowdWord(_ t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard sentence.tokens[t].isCapitalized else { return sentence.chunkAt[t] == nil }
        guard t == sentence.datelineEnd || sentence.isSentenceStart(t) else { return false }
        guard let c = sentence.chunkAt[t] else { return true }
        guard sentence.chunks[c].tokens == t..<(t + 1), case .name = sentence.chunks[c].kind else { return false }
        return true
    }

    /// The latest crowd noun in the two sentences before `sentence` (within its paragraph or the one before).
    func crowdNamedBefore(_ sentence: AnalyzedSentence) -> (AnalyzedSentence, Int)? {
        var order = sentence.order - 1
        while order >= 0, sentence.order - order <= 2 {
            let earlier = sentences[order]
            guard sentence.ref.paragraph - earlier.ref.paragraph <= 1 else { return nil }
            if let head = earlier.tokens.indices.reversed().first(where: {
                earlier.tokens[$0].isWord && Self.chantingHeads.contains(earlier.tokens[$0].lower) && Self.isBareCrowdWord($0, in: earlier)
            }) {
                return (earlier, head)
            }
            order -= 1
        }
        return nil
    }

    mutating func defineChantingGroup(at head: Int, in sentence: AnalyzedSentence) {
        let word = sentence.tokens[head].lower
        if let known = voicePhrases[word], known.contains(where: { $0.words == [word] }) { return }
        // "The workers" after "aid workers": the group named before.
        if let earlier = voicePhrases.values.joined().filter({ $0.words.last == word }).map(\.name).min() {
            voicePhrases[word, default: []].append(([word], earlier))
            return
        }
        let phrase = sentence.tokens[head].text
        let name = phrase.prefix(1).uppercased() + phrase.dropFirst()
        voicePhrases[word, default: []].append(([word], name))
        definitions.append(ActorDefinition(kind: .other, name: name, position: TextPosition(sentence: sentence.order, token: head)))
    }
}
