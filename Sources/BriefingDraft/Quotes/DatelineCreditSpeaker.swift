/// "Ashgabat (AFP) - Turkmenistan on Wednesday rejected …, calling the report “politically
/// motivated”": the agency credited in a wire dateline wrote the story; the sentence's own
/// subject starts after the dateline's dash, so a participle's speaker is never the agency.
extension AttributionText {
    /// The token after a dateline credit ("CITY (Agency) -", "CITY, Country (AP) —") that opens
    /// the paragraph's first sentence at `start`; else `start`.
    func afterDatelineCredit(from start: Int, before limit: Int, in p: Int) -> Int {
        paragraphs[p].afterDatelineCredit(from: start, before: limit)
    }
}

extension ParagraphView {
    /// The token after a dateline credit that opens this paragraph's first sentence at
    /// `start`; else `start`. Claims use it too: "MALE, May 4 (Reuters) - Workers were
    /// beaten …" asserts that workers were beaten, not something of Male.
    func afterDatelineCredit(from start: Int, before limit: Int) -> Int {
        guard sentenceTokens.first?.lowerBound == start, limit <= tokens.count else { return start }
        let length = DatelineCredit.length(tokens: limit - start) { offset in
            let token = tokens[start + offset]
            switch token.kind {
            case .punct where DatelineCredit.dashes.contains(token.lower): return .dash
            case .punct where token.lower == ")": return .closingParenthesis
            case .word where !token.isCapitalized && !token.lower.allSatisfy(\.isNumber): return .lowerCaseWord
            case .open, .close: return .quoteMark
            default: return .other
            }
        }
        return start + length
    }
}
