import BriefingModel

/// "Keller said in a statement that it had never paid any official", "said its permits were in
/// order and that it had never paid any official": a verb of saying may report its clause after
/// a frame ending in "that", and may report more than one clause, each opened by "and that".
/// Each such clause is read for a denial as the first one is.
extension PositionFinder {
    /// Prepositions that open a frame of where or how something was said ("in a statement",
    /// "on its website", "at a news conference", "in an interview with state television").
    static let framePrepositions: Set<String> = ["in", "on", "at", "during", "via", "through"]

    /// Where the reported clauses after the first begin: past a frame that ends in "that", and
    /// after each "and that" (at the top level, outside quotes).
    static func laterReportedClauses(from forwardStart: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> [Int] {
        let tokens = text.paragraphs[p].tokens
        guard forwardStart < segment.upperBound else { return [] }
        var starts: [Int] = []
        if tokens[forwardStart].kind == .word, tokens[forwardStart].depth == 0, framePrepositions.contains(tokens[forwardStart].lower) {
            // A frame runs a few words without a break: "in a statement posted on its website that".
            var k = forwardStart + 1
            while k < min(segment.upperBound, forwardStart + 8), tokens[k].kind == .word, tokens[k].depth == 0, tokens[k].lower != "that" { k += 1 }
            if k < segment.upperBound, k > forwardStart + 1, tokens[k].lower == "that", tokens[k].depth == 0 { starts.append(k + 1) }
        }
        for k in forwardStart..<segment.upperBound where k + 2 < segment.upperBound
            && tokens[k].kind == .word && tokens[k].depth == 0 && tokens[k].lower == "and"
            && tokens[k + 1].lower == "that" && tokens[k + 1].depth == 0 {
            starts.append(k + 2)
        }
        return starts
    }

    /// Does one of the later reported clauses deny something of the speaker itself ("it had
    /// never paid")? A negated clause about anything else ("the figures were not confirmed")
    /// may doubt rather than deny, and is left to the words of the sentence.
    static func laterClauseDenies(actor: String, from forwardStart: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        laterReportedClauses(from: forwardStart, segment: segment, in: p, text: text).contains { start in
            deniesItself(actor: actor, from: start, segment: segment, in: p, text: text)
        }
    }
}
