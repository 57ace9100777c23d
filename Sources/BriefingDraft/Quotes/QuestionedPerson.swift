/// "Santos pressed him on the price. “The price is fair,” he said.": a sentence in which one
/// person asks or presses another, named only by an object pronoun, is followed by the answer,
/// and the answer's "he" is the one asked, not the one asking. The object pronoun is resolved
/// as any pronoun is, past the asker.
extension AttributionText {
    static let questioningVerbs: Set<String> = [
        "asked", "pressed", "questioned", "challenged", "quizzed", "grilled", "confronted", "interviewed", "interrupted",
    ]

    /// The person a subject pronoun at `position` answers for, when the sentence before it
    /// questions him or her; nil otherwise.
    func questionedPerson(_ pronoun: String, at position: Position) -> String? {
        guard let wanted = PersonGender.of(pronoun: pronoun), L.personalPronouns.contains(pronoun) else { return nil }
        let view = paragraphs[position.paragraph]
        let sentence = view.tokens[position.token].sentence
        // Only a pronoun with no person before it in its own sentence: "“…,” he said".
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let ownStart = view.sentenceTokens[sentence].lowerBound
        if view.mentions(in: ownStart..<position.token).contains(where: { !$0.inQuote && $0.kind == .person }) { return nil }
        guard let before = QuoteFinder.previousSentence(position.paragraph, sentence, text: self) else { return nil }
        let earlier = paragraphs[before.paragraph]
        let range = earlier.sentenceTokens[before.sentence]
        let objectPronoun = wanted == .male ? "him" : "her"
        for v in range where earlier.tokens[v].kind == .word && earlier.tokens[v].depth == 0 && Self.questioningVerbs.contains(earlier.tokens[v].lower) {
            let o = v + 1
            guard o < range.upperBound, earlier.tokens[o].lower == objectPronoun, earlier.tokens[o].depth == 0 else { continue }
            // "asked her about", "pressed her on": "her" as an object, not a possessive before a noun.
            if wanted == .female, o + 1 < range.upperBound, earlier.tokens[o + 1].kind == .word, !L.prepositions.contains(earlier.tokens[o + 1].lower) { continue }
            guard let asker = subject(before: v, in: before.paragraph) else { continue }
            let asked = referent(of: [.person], at: Position(paragraph: before.paragraph, token: o)) { $0 != asker && self.fits($0, pronoun: pronoun) }
            if let asked { return asked }
        }
        return nil
    }
}
