/// Bodies named only as the setting of something else, which the gold leaves out as actors:
/// a market where prices are made or a company is listed ("prices on the London Metal
/// Exchange", "a statement to the London Stock Exchange"), and a chamber where seats are
/// counted ("won 94 of the 229 seats in the National Assembly"). The same body acting
/// elsewhere in the text ("the exchange suspended trading") is still defined there.
extension NameFinding {
    static func isBodyAsSetting(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        var t = chunk.tokens.lowerBound - 1
        if t >= 0, sentence.tokens[t].lower == "the" { t -= 1 }
        guard t >= 0, sentence.tokens[t].isWord, let last = chunk.tokens.last else { return false }
        let before = sentence.tokens[t].lower
        if ["exchange", "exchanges"].contains(sentence.tokens[last].lower), ["on", "to", "at", "in", "onto", "from"].contains(before) { return true }
        return before == "in" && t >= 1 && ["seats", "seat", "majority"].contains(sentence.tokens[t - 1].lower)
    }
}
