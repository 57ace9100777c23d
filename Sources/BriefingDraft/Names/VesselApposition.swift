/// "a bulk carrier chartered by the company, the Ocean Harmony, arrived": a name set off after
/// a phrase about a ship is the ship. The word right before the comma ("company") had made it
/// a body, which then took the company's "the company" and its quotes.
extension NameFinding {
    /// Is the name at `start` set off as ", the NAME" after a phrase about a ship (back to the
    /// clause's start, eight words at most), or as ", NAME" right after the ship's word? A
    /// company takes no "the": "a ship owned by a Greek company, Nordic Shipping," is the company.
    static func isVesselApposition(startingAt start: Int, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        var comma = start - 1
        let article = comma >= 0 && tokens[comma].lower == "the"
        if article { comma -= 1 }
        guard comma >= 1, tokens[comma].text == "," else { return false }
        var t = comma - 1
        while t >= 0, comma - t <= (article ? 8 : 1), tokens[t].text != ",", tokens[t].text != ";" {
            let word = tokens[t]
            if word.isWord, !word.isCapitalized, NameLexicon.vesselWords.contains(word.lower),
               !(word.lower == "carrier" && isAirlineCarrier(at: t, in: sentence)) {
                return true
            }
            t -= 1
        }
        return false
    }
}
