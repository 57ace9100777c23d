import BriefingModel

/// "said in a statement that the plant met all rules", "said in his opening statement that emails
/// showed …", "said in a court filing on Monday that …": the medium the words came in is not what
/// was said. The statement starts after its "that", so the question is not "Is it true that a
/// statement that …?" and the medium's words do not link it to every other statement.
extension PositionFinder {
    /// Nouns of a medium words are said in.
    static let mediumNouns: Set<String> = [
        "statement", "statements", "interview", "letter", "filing", "filings", "speech", "post", "posting",
        "message", "submission", "report", "note", "briefing", "conference", "communique", "communiqué",
        "address", "testimony", "affidavit", "email", "e-mail", "video", "broadcast", "tweet", "notice",
    ]

    /// Where the statement begins past "in a statement … that" opening at `start`; nil when none does.
    static func pastMedium(from start: Int, segment: Range<Int>, tokens: [ParagraphView.Token]) -> Int? {
        // "in" may already have been passed over as a word between the verb and its clause.
        let opensHere = start < segment.upperBound && tokens[start].lower == "in"
        let passed = start > segment.lowerBound && tokens[start - 1].lower == "in"
        guard opensHere || passed, start + 2 < segment.upperBound, tokens[start].depth == 0 else { return nil }
        var sawMedium = false
        var k = opensHere ? start + 1 : start
        // The medium's phrase: a few words, no clause break, up to the "that" opening the statement.
        while k < min(segment.upperBound, start + 12) {
            let token = tokens[k]
            guard token.depth == 0, token.kind == .word else { return nil }
            if token.lower == "that" { break }
            if mediumNouns.contains(token.lower) { sawMedium = true }
            k += 1
        }
        guard sawMedium, k + 1 < segment.upperBound, tokens[k].lower == "that" else { return nil }
        return k + 1
    }
}
