/// "Agroinvest's chief executive, Sergiu Lupascu, rejected that", "Kanal Birlik's deputy
/// editor, Samir Abbasov, said": a name whose possessive owns the title of a firm's or an
/// outlet's officer, set beside its holder's name, is that firm or outlet. A one-word name was
/// left undrafted, and two words were read as a person, as an owner is.
extension NameFinding {
    /// Heads of the titles that only a firm, an outlet or an institution confers.
    static let institutionalTitleHeads: Set<String> = [
        "executive", "editor", "editor-in-chief", "chairman", "chairwoman", "chairperson", "director",
    ]

    /// Is `chunk` followed by "'s", up to three lower-case words ending in an institutional title,
    /// a comma and a name?
    func ownsInstitutionalTitle(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let end = chunk.tokens.upperBound
        guard end < tokens.count, tokens[end].kind == .possessive else { return false }
        var index = end + 1
        while index < min(tokens.count, end + 4), tokens[index].isWord, !tokens[index].isCapitalized {
            if Self.institutionalTitleHeads.contains(tokens[index].lower) {
                guard index + 1 < tokens.count, tokens[index + 1].text == ",",
                      let holder = sentence.chunk(startingAt: index + 2), holder.isName else { return false }
                return true
            }
            index += 1
        }
        return false
    }
}
