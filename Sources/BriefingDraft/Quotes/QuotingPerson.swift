/// "“We will not allow threats to our citizens,” the statement said, quoting Defence Minister
/// Israel Katz": a body's statement that quotes a person carries that person's words, so the
/// person named right after ", quoting" speaks. Only a person, and only when nothing but title
/// words stand between "quoting" and the name ("quoting a study by X" is a document, not X).
extension AttributionText {
    func quotedPerson(afterCue t: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        var k = t + 1
        while k < tokens.count, k <= t + 10 {
            let token = tokens[k]
            guard token.depth == 0, token.kind == .word || (token.kind == .punct && token.lower == ",") else { return nil }
            if token.lower == "quoting", tokens[k - 1].lower == "," { break }
            k += 1
        }
        guard k < tokens.count, k <= t + 10, tokens[k].lower == "quoting" else { return nil }
        var m = k + 1
        while m < tokens.count, m <= k + 5, view.mention(startingAt: m) == nil {
            let token = tokens[m]
            guard token.kind == .word, token.depth == 0, token.isCapitalized || L.personNouns.contains(token.lower)
                    || NameLexicon.titleHeads.contains(token.lower) else { return nil }
            m += 1
        }
        guard let mention = view.mention(startingAt: m) else { return nil }
        let head = chainHead(from: mention, in: p)
        guard actors[head.actor]?.kind == .person, !head.possessive else { return nil }
        return head.actor
    }
}
