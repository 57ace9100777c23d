/// "said she had no doubt that the company had overdrawn the aquifer", "did not doubt the
/// inspectors' figures", "“There is no doubt the company took more than its share”": a doubt
/// denied is certainty. The frame's "no" is no denial and its "doubt" no question; the stance is
/// read from the clause it frames ("there was no doubt the figures were false" still denies).
/// Only the frame that opens what is said, after a verb of having, being or doing ("the company
/// will no doubt appeal" is an adverb, and "she doubted the figures" still questions).
extension PositionFinder {
    struct CertaintyFrame {
        /// The negation and the doubt, whose words no longer read as denial or doubt.
        var words: ClosedRange<Int>
        /// Where the framed clause opens.
        var clause: Int
    }

    private static let doubtForms: Set<String> = ["doubt", "doubts", "doubted"]
    private static let frameNegations: Set<String> = ["no", "little", "not", "never"]
    /// What stands before the negation in a frame: "had no doubt", "there is little doubt", "did not doubt".
    private static let frameVerbs: Set<String> = [
        "has", "have", "had", "is", "was", "are", "were", "be", "been", "did", "does", "do", "leaves", "left", "leave",
    ]

    static func certaintyFrame(from start: Int, segment: Range<Int>, tokens: [ParagraphView.Token]) -> CertaintyFrame? {
        var t = start
        while t < segment.upperBound, tokens[t].kind == .open || tokens[t].lower == "that" { t += 1 }
        var d = t
        while d < min(segment.upperBound, t + 7), tokens[d].kind == .word, !doubtForms.contains(tokens[d].lower) { d += 1 }
        guard d < segment.upperBound, d > t, tokens[d].kind == .word, doubtForms.contains(tokens[d].lower) else { return nil }
        // The negation right before the doubt, or before one word of degree ("not the slightest doubt").
        let n: Int
        if frameNegations.contains(tokens[d - 1].lower) || tokens[d - 1].lower.hasSuffix("n't") {
            n = d - 1
        } else if d - 2 >= t, ["any", "the", "much", "slightest", "real"].contains(tokens[d - 1].lower), frameNegations.contains(tokens[d - 2].lower) {
            n = d - 2
        } else { return nil }
        let verbBefore = n > t && (frameVerbs.contains(tokens[n - 1].lower) || tokens[n - 1].lower.hasSuffix("n't"))
        let neverDoubted = tokens[n].lower == "never" && tokens[d].lower == "doubted"
        guard verbBefore || neverDoubted || tokens[n].lower.hasSuffix("n't") else { return nil }
        var clause = d + 1
        if clause < segment.upperBound, ["that", "about"].contains(tokens[clause].lower) { clause += 1 }
        guard clause < segment.upperBound, tokens[clause].kind == .word || tokens[clause].kind == .open else { return nil }
        return CertaintyFrame(words: n...d, clause: clause)
    }
}
