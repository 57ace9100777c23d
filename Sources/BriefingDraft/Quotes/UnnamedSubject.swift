/// "A farmer from the village who fled to Bouna described the killings. “…,” he said.": a
/// sentence whose subject is an indefinite person ("a farmer", "one resident", "an elderly
/// woman") brings in someone new and unnamed, and the "he" or "she" right after it is that
/// person, not one named further back. No drafted actor said those words, unless the person
/// is a body's unnamed spokesperson ("A spokeswoman for the union called it cruel. “…,” she
/// said"), whose words are the body's. Attribution uses only the second reading for now:
/// leaving the first kind of quote without a speaker turned a wrong speaker into a missed
/// quote on a development set (branch `sk-unnamed`, not merged), so `.nobody` is reported and
/// the pronoun is resolved as usual.
extension AttributionText {
    /// Heads of indefinite phrases for ordinary people, beyond the title nouns.
    static let commonPersonNouns: Set<String> = [
        "farmer", "resident", "witness", "survivor", "villager", "student", "worker", "doctor", "nurse", "soldier",
        "teacher", "trader", "driver", "fisherman", "shopkeeper", "vendor", "mother", "father", "refugee", "passenger",
        "protester", "demonstrator", "pilot", "miner", "engineer", "employee", "guard", "neighbour", "neighbor",
        "relative", "voter", "supporter", "victim", "boy", "girl", "journalist", "reporter", "fighter", "rebel",
        "policeman", "policewoman", "medic", "volunteer", "survivor", "grandmother", "grandfather", "widow",
    ]

    enum UnnamedSubject: Equatable {
        /// Someone no drafted actor stands for.
        case nobody
        /// A body's unnamed spokesperson or official: the body.
        case body(String)
    }

    static let spokespersonNouns: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "official", "representative"]

    /// What a sentence that opens with an indefinite person as its subject, and names no
    /// person, brings in; nil for any other sentence.
    func unnamedSubject(of sentence: Int, in p: Int) -> UnnamedSubject? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let range = view.sentenceTokens[sentence]
        guard let start = range.first, tokens[start].kind == .word, ["a", "an", "one", "another"].contains(tokens[start].lower) else { return nil }
        // A named person anywhere in it ("One resident, Musa Ibrahim, said") is the one who goes on.
        if view.mentions(in: range).contains(where: { !$0.inQuote && $0.kind == .person }) { return nil }
        var k = start + 1
        while k < range.upperBound, k <= start + 4 {
            let token = tokens[k]
            guard token.kind == .word, token.depth == 0, view.mention(startingAt: k) == nil else { return nil }
            if L.personNouns.contains(token.lower) || Self.commonPersonNouns.contains(token.lower) {
                // "A spokesman for the ministry": the body; "an aide to Putin": left to the usual reading.
                if k + 1 < range.upperBound, L.prepositions.contains(tokens[k + 1].lower),
                   let owner = firstActor(after: k + 1, in: p, limit: 5) {
                    return Self.spokespersonNouns.contains(token.lower) && ["for", "of", "at"].contains(tokens[k + 1].lower) ? .body(owner) : nil
                }
                return .nobody
            }
            k += 1
        }
        return nil
    }

    /// What a "he" or "she" at `position` stands for when it follows an unnamed person just
    /// brought in: its own sentence names no person before it and the sentence before opens
    /// with one.
    func unnamedReferent(of pronoun: String, at position: Position) -> UnnamedSubject? {
        guard L.personalPronouns.contains(pronoun) else { return nil }
        let view = paragraphs[position.paragraph]
        let sentence = view.tokens[position.token].sentence
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let ownStart = view.sentenceTokens[sentence].lowerBound
        if view.mentions(in: ownStart..<position.token).contains(where: { !$0.inQuote && $0.kind == .person }) { return nil }
        // Back over the sentences of the quote the pronoun attributes ("“They came at dawn. They
        // gathered the men,” he said").
        var before = QuoteFinder.previousSentence(position.paragraph, sentence, text: self)
        var steps = 0
        while let at = before, steps < 4 {
            let range = paragraphs[at.paragraph].sentenceTokens[at.sentence]
            guard let first = range.first else { return nil }
            let token = paragraphs[at.paragraph].tokens[first]
            guard token.kind == .open || token.depth > 0 else { break }
            before = QuoteFinder.previousSentence(at.paragraph, at.sentence, text: self)
            steps += 1
        }
        guard let before else { return nil }
        return unnamedSubject(of: before.sentence, in: before.paragraph)
    }
}
