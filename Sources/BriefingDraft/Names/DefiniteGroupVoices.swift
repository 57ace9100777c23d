import BriefingModel

/// Unnamed groups named by "the" and a plural noun for people that is the subject of a verb of
/// taking a side: "The passengers say Greek officers boarded their boat", "The families had also
/// accused the owner of …", "The strikers also accuse the company of …", "…, which the
/// separatists dismiss as cosmetic". Without an actor such a sentence gives no position at all.
/// The group is drafted as kind `other`, named by its head ("Passengers"); a bare "the
/// workers" after an earlier voice "aid workers" stands for that group. Like a
/// placed voice, a group made here is kept only where it holds a side or speaks a quote
/// (`Drafter.withoutUnheldGroups`).
extension NameFinding {
    /// Heads for a camp, voices only as a clause's subject (with the placed heads). ("communities"
    /// was tried: in set T the lead's "after Indigenous communities blamed the company" then
    /// regrouped the lead's dispute so that a quote answering it flipped, and T lost a side.)
    static let describedGroupHeads: Set<String> = [
        "separatists", "complainants", "petitioners", "plaintiffs", "claimants", "victims",
        "detainees", "migrants", "refugees", "strikers", "demonstrators", "unionists", "islanders", "settlers",
    ]

    /// Heads that stand for people named before more often than for a group: never read here.
    /// ("unions" was tried: in set Q "the unions" stood for two unions named before, and Q lost a dispute.)
    static let notDescribedGroupHeads: Set<String> = ["executives"]

    /// Words that open the clause the group is the subject of.
    static let groupClauseOpeners: Set<String> = [
        "after", "as", "because", "since", "which", "when", "but", "while", "though", "although", "whereas", "yet", "where",
    ]

    /// Words between the group and its verb ("The families had also accused").
    static let groupVerbFillers: Set<String> = ["also", "have", "has", "had", "now", "still", "long", "both", "all", "repeatedly", "previously", "themselves"]

    /// Verbs of taking a side for such a group: the voice stance words, and blaming and dismissing.
    static let groupSideVerbs: Set<String> = stanceWords.union(["blame", "blames", "blamed", "dismiss", "dismisses", "maintain", "maintains", "insists"])

    mutating func defineDefiniteGroupVoices(in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        for head in tokens.indices where tokens[head].isWord && head > sentence.datelineEnd {
            let word = tokens[head].lower
            guard Self.describedGroupHeads.contains(word) || Self.placedVoiceHeads.contains(word),
                  !Self.notDescribedGroupHeads.contains(word), sentence.chunkAt[head] == nil else { continue }
            // "the passengers": the definite article opens the clause. (A capitalised modifier
            // instead, "after Indigenous communities blamed", was tried: set T lost a side.)
            let before = head - 1
            guard tokens[before].isWord, tokens[before].lower == "the", Self.opensGroupClause(sentence, at: before) else { continue }
            // The verb, over at most two auxiliaries and adverbs.
            var v = head + 1
            while v < tokens.count, v <= head + 3, tokens[v].isWord, Self.groupVerbFillers.contains(tokens[v].lower) { v += 1 }
            guard v < tokens.count, tokens[v].isWord, Self.groupSideVerbs.contains(tokens[v].lower),
                  !(Self.toldWords.contains(tokens[v].lower) && Self.passiveAuxiliaries.contains(tokens[v - 1].lower)) else { continue }
            if let known = voicePhrases[word], known.contains(where: { $0.words == [word] }) { continue }
            // "The workers" after "aid workers": the group named before.
            if let earlier = voicePhrases.values.joined().filter({ $0.words.last == word }).map(\.name).min() {
                voicePhrases[word, default: []].append(([word], earlier))
                continue
            }
            let phrase = tokens[head].text
            let name = phrase.prefix(1).uppercased() + phrase.dropFirst()
            voicePhrases[word, default: []].append(([word], name))
            definitions.append(ActorDefinition(kind: .other, name: name, position: TextPosition(sentence: sentence.order, token: head)))
        }
    }

    /// Does the clause open at `start` (the article): at the sentence's opening, after
    /// punctuation, or after a word that opens a clause ("after", "which", "but")?
    static func opensGroupClause(_ sentence: AnalyzedSentence, at start: Int) -> Bool {
        if start == sentence.datelineEnd { return true }
        guard start > sentence.datelineEnd, let previous = sentence.token(start - 1) else { return false }
        if previous.kind == .punct { return [",", ";", ":", "—", "–"].contains(previous.text) }
        return previous.isWord && groupClauseOpeners.contains(previous.lower)
    }
}
