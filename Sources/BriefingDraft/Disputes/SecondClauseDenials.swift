import BriefingModel

/// "“Our armed forces fight the mining mafias; they do not protect them,” the ministry said":
/// after a semicolon a quote may deny with a second clause whose pronoun takes up the speaker's
/// own subject ("our forces" … "they", "we" … "we"). Only when the first clause's subject is the
/// speaker's own, so "“We will keep talking; they do not want a deal”" (they, the other side)
/// stays an assertion.
extension PositionFinder {
    static func deniesInSecondClause(actor: String, statement range: Range<Int>, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        var t = range.lowerBound
        while t < range.upperBound, tokens[t].kind == .open || tokens[t].lower == "that" { t += 1 }
        guard t < range.upperBound, ["our", "we"].contains(tokens[t].lower) else { return false }
        let pronouns: Set<String> = tokens[t].lower == "we" ? ["we"] : ["we", "they", "it"]
        for k in range where tokens[k].kind == .punct && tokens[k].lower == ";" && k + 1 < range.upperBound {
            guard pronouns.contains(tokens[k + 1].lower) else { continue }
            if deniesItself(actor: actor, from: k + 1, segment: segment, in: p, text: text) { return true }
        }
        return false
    }
}
