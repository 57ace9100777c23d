/// "Foreign Minister Sameh Hamdy, speaking in Cairo alongside his Sudanese counterpart, Ali
/// Youssef, warned …": the name set off after "counterpart" completes the aside that a
/// participle or a preposition opens; it is not the subject of the verb after it. The
/// subject is the phrase before the aside.
extension AttributionText {
    /// The subject before an aside that ends with the comma at `comma` and opens, after an
    /// earlier comma, with a participle ("speaking", "flanked") or a preposition ("alongside",
    /// "with"); nil when the phrase before `comma` is no such aside.
    func subjectBeforeAside(endingAt comma: Int, floor: Int, in p: Int, appositives: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard let c = commaOpening(phraseEndingAt: comma, floor: floor, in: p, within: 17), c + 1 < comma, appositives > 0 else { return nil }
        let opener = tokens[c + 1]
        guard opener.kind == .word, !opener.isCapitalized, view.mention(startingAt: c + 1) == nil,
              L.isParticiple(opener.lower) || L.prepositions.contains(opener.lower) || opener.lower.hasSuffix("ed") else { return nil }
        guard let subject = view.mention(endingAt: c - 1), !subject.possessive, !subject.compound else { return nil }
        return subject.actor
    }

    /// The comma that opens the phrase set off by the comma at `comma`, at most `within` tokens
    /// back and after `floor`; nil when a quote, a bracket, a semicolon or a colon comes first.
    func commaOpening(phraseEndingAt comma: Int, floor: Int, in p: Int, within: Int) -> Int? {
        let view = paragraphs[p]
        var c = comma - 1
        while c > floor, comma - c <= within {
            let token = view.tokens[c]
            if token.kind == .open || token.kind == .close || token.depth > 0 { return nil }
            if token.kind == .punct, [";", ":", "(", ")"].contains(token.lower) { return nil }
            if token.kind == .punct, token.lower == ",", !view.isDigitGroupSeparator(c) { return c }
            c -= 1
        }
        return nil
    }
}
