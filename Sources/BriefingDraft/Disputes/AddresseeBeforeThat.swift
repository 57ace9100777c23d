/// "told the public broadcaster LSM that …", "told the court in Tallinn that …": after a verb
/// of telling, a phrase that ends in a name or an audience right before "that" is whom the
/// speaker told, not what was said. The addressee loop in `position` stops at the first word
/// that is neither; this reads on to the "that" when no verb comes between, so the recipient
/// does not leak into the statement (and the question built from it).
extension PositionFinder {
    /// Audiences a speaker tells something to, beside `addressees`.
    static let toldAudiences = DisputeLexicon.words("""
        court judge judges tribunal inquiry hearing panel commission council assembly senate summit meeting rally
        forum ambassadors diplomats envoys investors residents villagers workers staff members students officials
        """)

    /// The first token after the "that" closing the addressee phrase from `start`, or nil.
    static func afterAddresseeThat(from start: Int, segment: Range<Int>, in view: ParagraphView) -> Int? {
        let tokens = view.tokens
        var k = start
        var mentionEnd: Int?
        while k < min(segment.upperBound, start + 9) {
            if let mention = view.mention(startingAt: k) { mentionEnd = mention.last; k = mention.last + 1; continue }
            let token = tokens[k]
            guard token.kind == .word, token.depth == 0 else { return nil }
            if token.lower == "that" {
                guard k > start, mentionEnd == k - 1 || tokens[k - 1].isCapitalized
                        || addressees.contains(tokens[k - 1].lower) || toldAudiences.contains(tokens[k - 1].lower),
                      k + 1 < segment.upperBound else { return nil }
                return k + 1
            }
            if DisputeLexicon.auxiliaries.contains(token.lower) || L.speechVerbs.contains(token.lower) { return nil }
            k += 1
        }
        return nil
    }
}
