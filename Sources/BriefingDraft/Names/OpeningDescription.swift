/// "The operator, Meghna Star Launch Co., denied wrongdoing": a sentence that opens with "the"
/// and a word for a body, then the body's name between commas, names that body by the word, so
/// "the operator" is its alias and not the latest body of another kind (investigators named the
/// sentence before took it). Only at the start of a sentence, and only a known word for a body,
/// so an opening phrase of time or place ("At the meeting, …") is left alone.
extension NameFinding {
    /// The alias range and head of "The <word>, <Name>," opening a sentence, the name being `chunk`.
    static func openingDescription(before chunk: NameChunk, in sentence: AnalyzedSentence) -> (range: Range<Int>, head: String)? {
        let tokens = sentence.tokens
        let start = chunk.tokens.lowerBound
        guard start == 3 || start == 4, tokens[0].lower == "the", tokens[start - 1].text == ",",
              sentence.token(chunk.tokens.upperBound)?.text == "," else { return nil }
        // One or two lowercase words after "the": "The operator", "The ferry operator".
        for k in 1..<(start - 1) {
            guard tokens[k].isWord, !tokens[k].isCapitalized, sentence.chunkAt[k] == nil else { return nil }
        }
        let head = tokens[start - 2].lower
        guard NameLexicon.groupDescriptions.contains(head) || NameLexicon.businessNouns.contains(head)
                || NameLexicon.organizationDescriptors.contains(head) else { return nil }
        return (0..<(start - 1), head)
    }
}
