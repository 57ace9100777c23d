import BriefingModel

/// Speakers given by the sentence that leads into a quote rather than by a verb of saying:
/// "Nowicka was unmoved. “…”" and "Her answer was short: “…”". News copy introduces the
/// speaker as the subject of the sentence before, or of the clause before a colon.
extension AttributionText {
    /// The person or body named at the start of a sentence as its subject, after title words
    /// at most: "Marta Nowicka was unmoved.", "Opposition leader Marta Nowicka disagreed.",
    /// "The Dockworkers Union has one demand". Not a possessive modifier ("Nowicka's party")
    /// and not a name after a verb ("Police arrested Nowicka").
    func openingSubject(of sentence: Int, in p: Int, before limit: Int? = nil) -> String? {
        let view = paragraphs[p]
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let range = view.sentenceTokens[sentence]
        let end = min(range.upperBound, limit ?? range.upperBound)
        var t = range.lowerBound
        while t < end, t - range.lowerBound <= 4 {
            if let mention = view.mention(startingAt: t) {
                // The word before the name is a title ("Minister", "leader") or the sentence's start.
                if t > range.lowerBound {
                    let previous = view.tokens[t - 1]
                    let titled = previous.isCapitalized || L.personNouns.contains(previous.lower)
                    guard titled, !L.prepositions.contains(previous.lower) else { return nil }
                }
                let head = chainHead(from: mention, in: p)
                guard !head.possessive, !head.compound, head.last < end,
                      [.person, .organization, .group].contains(actors[head.actor]?.kind ?? .other) else { return nil }
                return head.actor
            }
            let token = view.tokens[t]
            guard token.kind == .word, token.depth == 0, !L.speechVerbs.contains(token.lower),
                  !L.prepositions.contains(token.lower) || token.lower == "of" else { return nil }
            t += 1
        }
        return nil
    }

    /// Whether a sentence holds a quote or a verb of saying of its own.
    func reportsSpeech(_ sentence: Int, in p: Int) -> Bool {
        let view = paragraphs[p]
        guard view.sentenceTokens.indices.contains(sentence) else { return true }
        return view.sentenceTokens[sentence].contains { view.tokens[$0].kind == .open || isQuoteCue(p, $0) }
    }

    /// "Her message was blunt: “…”", "Nowicka was blunt: “…”": the subject of the clause
    /// before a colon, or the person a possessive pronoun opening it stands for.
    func leadInSpeaker(beforeColon colon: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let sentence = view.tokens[colon].sentence
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let start = view.sentenceTokens[sentence].lowerBound
        guard start < colon, !(start..<colon).contains(where: { view.tokens[$0].kind == .open || isQuoteCue(p, $0) }) else { return nil }
        // "A presenter read a statement from the ministry: “…”".
        if let author = authorOfStatementRead(in: start..<colon, paragraph: p) { return author }
        let first = view.tokens[start]
        let pronounFor = ["his": "he", "her": "she", "their": "they", "its": "it"]
        if first.kind == .word, let pronoun = pronounFor[first.lower] {
            return resolvePronoun(pronoun, at: Position(paragraph: p, token: start))
        }
        if let mention = view.mention(startingAt: start), mention.possessive, !mention.inQuote,
           [.person, .organization, .group].contains(mention.kind) {
            return mention.actor
        }
        // "Estmark's prime minister, Juhan Tamm, put it bluntly: “…”": a title opens the clause
        // and its holder is set off by commas after it.
        if let comma = (start..<min(colon, start + 8)).first(where: { view.tokens[$0].lower == "," && view.tokens[$0].depth == 0 }),
           let named = view.mention(startingAt: comma + 1), named.kind == .person, !named.possessive, !named.inQuote,
           named.last + 1 < colon, view.tokens[named.last + 1].lower == "," {
            return named.actor
        }
        // "That was the assessment of Julia Ferreyra, a labour lawyer: “…”".
        if let pointed = pointedSpeaker(in: start..<colon, paragraph: p) { return pointed }
        return openingSubject(of: sentence, in: p, before: colon)
    }
}
