import BriefingModel

/// "Keller did not respond to a request for comment", "the ministry has not commented", "the
/// company declined to comment", "he would not say whether …": a verb of saying, denying or
/// accusing that is itself negated, or refused, reports no position at all — wire copy says so
/// to note a silence, not a side.
extension PositionFinder {
    static func isNegatedCue(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard tokens[t].kind == .word, tokens[t].depth == 0 else { return false }
        var k = t - 1
        // Over adverbs: "did not immediately respond", "has not yet commented", "has not publicly denied".
        while k >= 0, k >= t - 3, tokens[k].kind == .word, tokens[k].depth == 0,
              tokens[k].lower == "yet" || (tokens[k].lower.hasSuffix("ly") && tokens[k].lower.count > 4 && !tokens[k].isCapitalized) {
            k -= 1
        }
        guard k >= 0, tokens[k].kind == .word, tokens[k].depth == 0 else { return false }
        let word = tokens[k].lower
        if word == "not" || word == "never" || word.hasSuffix("n't") || word == "cannot" { return true }
        // "declined to comment", "refused to say".
        return word == "to" && k > 0 && ["declined", "declines", "refused", "refuses", "declining", "refusing"].contains(tokens[k - 1].lower)
    }
}
