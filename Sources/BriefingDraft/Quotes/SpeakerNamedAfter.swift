import BriefingModel

/// "“This budget balances the books on the backs of nurses.” Those were the words of Karl
/// Hubmayr, …", "“We were given two days to close.” That was how Fatuma Wario described the
/// order.": a quote that stands alone as a sentence, and a sentence right after it that points
/// back at it with a demonstrative and names who said it. That name is the speaker, not the
/// speaker of the quote before.
extension AttributionText {
    /// Demonstratives that point back at the quote before.
    static let pointingBack: Set<String> = ["that", "this", "those", "these", "such"]
    static let pointingCopulas: Set<String> = ["was", "were", "is", "are"]
    /// What may stand between the copula and the name: "the words of", "how", "what", "the
    /// verdict of", "the message from" — a description, never a time ("That was before …").
    static let pointingOpeners: Set<String> = ["the", "how", "what", "a", "an"]

    /// The speaker named by the sentence after the one that ends at `sentence` of paragraph `p`
    /// (in the same paragraph, or opening the next), when it points back at the quote.
    func speakerNamedAfter(sentence: Int, in p: Int) -> String? {
        var q = p
        var next = sentence + 1
        if !paragraphs[p].sentenceTokens.indices.contains(next) {
            q = p + 1
            next = 0
        }
        guard paragraphs.indices.contains(q), paragraphs[q].sentenceTokens.indices.contains(next) else { return nil }
        return pointedSpeaker(in: paragraphs[q].sentenceTokens[next], paragraph: q)
    }

    /// The person or body a clause names after a demonstrative and a copula ("That was the
    /// assessment of X", "Those were the words of X"), or nil when the clause is no such pointer.
    func pointedSpeaker(in range: Range<Int>, paragraph q: Int) -> String? {
        if let author = authorOfPointedWords(in: range, paragraph: q) { return author }
        let view = paragraphs[q]
        let start = range.lowerBound
        guard range.count >= 4, view.tokens[start].kind == .word, view.tokens[start].depth == 0,
              Self.pointingBack.contains(view.tokens[start].lower),
              Self.pointingCopulas.contains(view.tokens[start + 1].lower),
              Self.pointingOpeners.contains(view.tokens[start + 2].lower) else { return nil }
        // The first person or body within a few words, before any comma or quote.
        var k = start + 2
        while k < range.upperBound, k <= start + 8 {
            let token = view.tokens[k]
            if token.kind != .word || token.depth > 0 { return nil }
            if let mention = view.mention(startingAt: k) {
                let head = chainHead(from: mention, in: q)
                guard !head.inQuote, [.person, .organization, .group].contains(actors[head.actor]?.kind ?? .other) else { return nil }
                return head.actor
            }
            k += 1
        }
        return nil
    }

    /// Nouns for words said or written that a pointer may open: "Those words", "The remarks".
    static let spokenWordNouns: Set<String> = ["words", "remarks", "comments", "comment", "remark", "message", "post", "warning"]

    /// "Those words, posted online by opposition lawmaker Lisa Dorn on Monday, have been shared
    /// …", "The remarks, made by X in an interview, …": a pointer to the quote before, whose
    /// author follows "by" before the clause's verb. Only "by" names an author ("The words of
    /// the anthem" and "remarks to reporters" name none).
    func authorOfPointedWords(in range: Range<Int>, paragraph q: Int) -> String? {
        let view = paragraphs[q]
        let start = range.lowerBound
        guard range.count >= 5, view.tokens[start].kind == .word, view.tokens[start].depth == 0,
              Self.pointingBack.contains(view.tokens[start].lower) || view.tokens[start].lower == "the",
              Self.spokenWordNouns.contains(view.tokens[start + 1].lower) else { return nil }
        // Over an aside set off by a comma, to "by" within a few words; no verb of the clause first.
        var k = start + 2
        if k < range.upperBound, view.tokens[k].lower == "," { k += 1 }
        while k < range.upperBound, k <= start + 7 {
            let token = view.tokens[k]
            if token.kind != .word || token.depth > 0 { return nil }
            if Self.pointingCopulas.contains(token.lower) || ["have", "has", "had"].contains(token.lower) { return nil }
            if token.lower == "by" {
                guard let actor = firstActor(after: k, in: q, limit: 5),
                      [.person, .organization, .group].contains(actors[actor]?.kind ?? .other) else { return nil }
                return actor
            }
            k += 1
        }
        return nil
    }
}
