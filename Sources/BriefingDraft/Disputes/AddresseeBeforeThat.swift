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
        while k < min(segment.upperBound, start + 13) {
            if let mention = view.mention(startingAt: k) { mentionEnd = mention.last; k = mention.last + 1; continue }
            let token = tokens[k]
            guard token.kind == .word, token.depth == 0 else { return nil }
            if token.lower == "that" {
                guard k > start, mentionEnd == k - 1 || tokens[k - 1].isCapitalized
                        || addressees.contains(tokens[k - 1].lower) || toldAudiences.contains(tokens[k - 1].lower)
                        || toldWhen(before: k, from: start, tokens: tokens),
                      k + 1 < segment.upperBound else { return nil }
                // Past the first nine words only a phrase of when ends the frame (`toldWhen`).
                if k - start >= 9, !toldWhen(before: k, from: start, tokens: tokens) { return nil }
                return k + 1
            }
            if DisputeLexicon.auxiliaries.contains(token.lower) || L.speechVerbs.contains(token.lower) { return nil }
            k += 1
        }
        return nil
    }

    /// "told his German counterpart during a visit to Berlin last month that …", "told the envoys
    /// at a meeting in Geneva on Monday that …": the addressee phrase may end in when it was said
    /// (a word of time right before "that", after an occasion: "during", "at", "on", "in"), and
    /// then runs up to thirteen words. Read off set I (a denial in the reported clause drafted as
    /// an assertion because the frame leaked into the statement).
    static let toldTimeWords = DisputeLexicon.words("""
        month week year weekend morning afternoon evening night ago earlier later yesterday today
        """)

    static func toldWhen(before that: Int, from start: Int, tokens: [ParagraphView.Token]) -> Bool {
        guard that > start + 1, toldTimeWords.contains(tokens[that - 1].lower) else { return false }
        return (start..<that).contains { ["during", "at", "on", "in", "after", "before"].contains(tokens[$0].lower) }
    }
}
