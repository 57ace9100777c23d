import BriefingModel

/// "Colonel X, reading a statement from the council, said …", "A presenter read a statement
/// from the ministry: “…”": who reads out a body's statement lends it a voice; the words are
/// the body's. News copy names the reader and the author in one phrase: the document noun
/// just after "read" or "reading", its author after "from", "by" or "on behalf of".
extension AttributionText {
    static let readingVerbs: Set<String> = ["read", "reads", "reading"]

    /// The author of a statement read out in the tokens `range` (an appositive or a lead-in),
    /// or nil when the range reads out no statement whose author it names.
    func authorOfStatementRead(in range: Range<Int>, paragraph p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        for r in range where tokens[r].kind == .word && tokens[r].depth == 0 && Self.readingVerbs.contains(tokens[r].lower) {
            // "read (out) a statement", "reading the joint declaration".
            var k = r + 1
            if k < range.upperBound, tokens[k].lower == "out" { k += 1 }
            var noun: Int?
            while k < range.upperBound, k <= r + 5, tokens[k].kind == .word, tokens[k].depth == 0, view.mention(startingAt: k) == nil {
                if Self.documentNouns.contains(tokens[k].lower) { noun = k; break }
                k += 1
            }
            guard let noun else { continue }
            var a = noun + 1
            while a + 2 < range.upperBound, a <= noun + 6 {
                // "on behalf of the council".
                if tokens[a].lower == "on", tokens[a + 1].lower == "behalf", tokens[a + 2].lower == "of",
                   let body = firstActor(after: a + 2, in: p, limit: 6) { return body }
                if tokens[a].kind != .word || tokens[a].depth > 0 { break }
                a += 1
            }
            if let author = authorNamedAfter(noun, in: p) { return author }
        }
        return nil
    }
}
