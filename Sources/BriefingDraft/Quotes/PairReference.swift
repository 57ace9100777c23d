import BriefingModel

/// "Thomas Ashworth and Ingrid Solberg were freed on Friday. “…,” the pair said": a phrase
/// for two people ("the pair", "the couple", "the two", "the two men", "both ministers")
/// stands for the two persons last named together, and news copy credits what two say
/// together to the first of them.
extension AttributionText {
    static let pairNouns: Set<String> = ["pair", "duo", "couple", "two"]

    /// Whether a description's words (determiner first) name two people.
    static func namesAPair(_ words: [String]) -> Bool {
        guard let head = words.last else { return false }
        if words == ["the", head] { return pairNouns.contains(head) }
        // "the two leaders", "both men".
        guard words == ["the", "two", head] || words == ["both", head] else { return false }
        let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
        return ["men", "women"].contains(head) || L.personNouns.contains(singular)
    }

    /// The first of the latest two persons joined by "and" before a position ("A and B",
    /// "A and Foreign Minister B").
    func firstOfLatestPair(before position: Position) -> String? {
        var p = position.paragraph
        while p >= 0, p >= position.paragraph - window {
            let view = paragraphs[p]
            let persons = view.mentions.filter { mention in
                mention.kind == .person && !mention.inQuote && !mention.possessive
                    && (p < position.paragraph || mention.last < position.token)
            }
            for (second, first) in zip(persons.dropFirst(), persons).reversed() where first.sentence == second.sentence {
                // "A and B", "A and Foreign Minister B", "A and her Icelandic counterpart, B".
                let between = (first.last + 1)..<second.first
                guard between.count >= 1, between.count <= 6, view.tokens[between.lowerBound].lower == "and",
                      between.dropFirst().allSatisfy({ view.tokens[$0].depth == 0 && (view.tokens[$0].kind == .word
                          || (view.tokens[$0].lower == "," && $0 == between.upperBound - 1)) }) else { continue }
                // "Marta Kowal and Jan Kowal" may be one actor to the name stage; it still speaks.
                return chainHead(from: first, in: p).actor
            }
            p -= 1
        }
        return nil
    }
}
