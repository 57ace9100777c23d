import BriefingModel

/// A person named inside a subordinate clause is not what the sentence is about ("The union
/// last struck in 2019, when then-prime minister Tomasz Wilk sent in the army"): a "he" or
/// "she" in a later sentence looks past such a person to the subject of an earlier sentence
/// first. (A person behind a preposition over title words, "the government of Prime Minister
/// X", was tried too and lost a right speaker: such an object is often the one who answers.)
extension AttributionText {
    static let subordinateOpeners: Set<String> = [
        "when", "after", "before", "while", "because", "although", "though", "since", "until", "unless",
        "whereas", "where", "whom", "whose", "if", "once",
    ]

    func isBackgroundPerson(_ mention: ParagraphView.Mention, in p: Int) -> Bool {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard view.sentenceTokens.indices.contains(mention.sentence) else { return false }
        let floor = view.sentenceTokens[mention.sentence].lowerBound
        var k = mention.first - 1
        // Back to the start of its clause: a subordinating word there opens a clause of its own.
        while k >= floor {
            let token = tokens[k]
            if token.kind == .punct, [",", ";", ":", "—", "–"].contains(token.lower) { return false }
            if token.kind == .open || token.kind == .close { return false }
            if token.kind == .word, token.depth == 0, Self.subordinateOpeners.contains(token.lower) { return true }
            k -= 1
        }
        return false
    }
}
