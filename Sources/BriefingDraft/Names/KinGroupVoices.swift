import BriefingModel

/// "His family questioned that account", "Her relatives dispute the police version": a
/// person's kin, named by a possessive pronoun and a kin noun as the subject of a verb of
/// doubt or denial, take a side of their own. Without an actor the sentence gives no position.
/// The group is drafted as kind `other`, "Family of" the person named last before it (the gold
/// convention: "Family of Abdul Karim", alias "His family"). Like other group voices it is
/// kept only where it holds a side or speaks a quote (`Drafter.withoutUnheldGroups`).
extension NameFinding {
    /// Nouns for a person's kin as a group.
    static let kinGroupNouns: Set<String> = ["family", "relatives", "parents", "relations"]

    /// Verbs of doubting or denying an account: saying alone ("His family said") is left out,
    /// since a family that only speaks holds no side as often as it does.
    static let kinDoubtVerbs: Set<String> = [
        "questioned", "questions", "question", "disputed", "disputes", "dispute", "denied", "denies", "deny",
        "rejected", "rejects", "reject", "doubted", "doubts", "doubt", "dismissed", "dismiss", "dismisses",
        "challenged", "challenge", "challenges", "contested", "contest", "contests",
    ]

    mutating func defineKinGroupVoices(in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        for owner in tokens.indices where tokens[owner].isWord && ["his", "her"].contains(tokens[owner].lower) {
            let noun = owner + 1
            guard noun < tokens.count, tokens[noun].isWord, Self.kinGroupNouns.contains(tokens[noun].lower),
                  Self.opensGroupClause(sentence, at: owner) else { continue }
            // The verb, right after the noun or over an auxiliary or adverb ("His family has long disputed").
            var v = noun + 1
            while v < tokens.count, v <= noun + 3, tokens[v].isWord, Self.groupVerbFillers.contains(tokens[v].lower) { v += 1 }
            guard v < tokens.count, tokens[v].isWord, Self.kinDoubtVerbs.contains(tokens[v].lower) else { continue }
            guard let person = lastPersonNamed() else { continue }
            let words = [tokens[owner].lower, tokens[noun].lower]
            if voicePhrases[words[0]]?.contains(where: { $0.words == words }) == true { continue }
            let kin = tokens[noun].lower
            let name = (kin == "family" ? "Family" : kin.prefix(1).uppercased() + kin.dropFirst()) + " of " + person
            voicePhrases[words[0], default: []].append((words, name))
            voicePhrases[words[0]]?.sort { $0.words.count > $1.words.count }
            definitions.append(ActorDefinition(kind: .other, name: name, position: TextPosition(sentence: sentence.order, token: owner)))
        }
    }

    /// The person defined last so far, by the fullest name given for them ("Karim" after
    /// "Abdul Karim" is Abdul Karim).
    func lastPersonNamed() -> String? {
        guard let last = definitions.last(where: { $0.kind == .person && !$0.tentative })?.name else { return nil }
        guard !last.contains(" ") else { return last }
        return definitions.first { $0.kind == .person && $0.name.hasSuffix(" " + last) }?.name ?? last
    }
}
