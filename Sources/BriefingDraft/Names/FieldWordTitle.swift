/// "Industry analyst Kwame Boateng said": a sentence's first word is capitalised whatever it
/// is, so a field word there ("Industry", "Market", "Energy") before a title and a name is
/// part of the title, not a body the person works for.
extension NameFinding {
    /// A one-word chunk opening the sentence whose word is a field that qualifies roles
    /// (`NameLexicon.roleModifiers`) and is no body by itself: body heads such as "Treasury",
    /// "Commission" or "Police" stay bodies ("Treasury spokesman X"), but the words that only
    /// end company names ("Energy", "Steel") are fields when they stand alone.
    static func isSentenceOpeningFieldWord(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        let start = chunk.tokens.lowerBound
        // After a wire dateline's credit, "(Reuters) - Industry analyst …", the text starts anew.
        let afterDateline = start >= 2 && sentence.tokens[start - 1].text == "-" && sentence.tokens[start - 2].text == ")"
        guard chunk.tokens.count == 1, sentence.isSentenceStart(start) || afterDateline else { return false }
        let word = sentence.tokens[chunk.tokens.lowerBound].lower
        guard NameLexicon.roleModifiers.contains(word), !NameLexicon.governmentWords.contains(word) else { return false }
        return !NameLexicon.organizationCues.contains(word) || companySuffixes.contains(word)
    }
}
