/// "Ashgabat (AFP) - Turkmenistan on Wednesday rejected …, calling the report “politically
/// motivated”": the agency credited in a wire dateline wrote the story; the sentence's own
/// subject starts after the dateline's dash, so a participle's speaker is never the agency.
extension AttributionText {
    /// The token after a dateline credit ("CITY (Agency) -", "CITY, Country (AP) —") that opens
    /// the paragraph's first sentence at `start`; else `start`.
    func afterDatelineCredit(from start: Int, before limit: Int, in p: Int) -> Int {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard view.sentenceTokens.first?.lowerBound == start else { return start }
        var k = start
        while k < limit, k < start + 14 {
            let token = tokens[k]
            if token.kind == .punct, ["-", "—", "–"].contains(token.lower) {
                return k > start && tokens[k - 1].lower == ")" ? k + 1 : start
            }
            if token.kind == .word, !token.isCapitalized, !token.lower.allSatisfy(\.isNumber) { return start }
            if token.kind == .open || token.kind == .close { return start }
            k += 1
        }
        return start
    }
}
