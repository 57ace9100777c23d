/// "Company spokeswoman Ana Berg said …", "Party spokesman Jan Richter said …": a body's common
/// noun that opens a sentence is capitalised only by its place, so it was read as a body named
/// "Company" (or dropped), and the holder lost the body the noun stands for. Before a lowercase
/// title it is the title's first word, as "company spokeswoman" is inside a sentence, and the
/// holder speaks for the latest body of that noun (BodyNounTitles.swift).
/// Left alone: a body's own name ("Kestrel Air spokesman X"), a noun not before a title
/// ("Company shares fell"), and a capitalised title ("Ministry Spokesman" is read as written).
extension Chunker {
    /// Common nouns of private bodies that a sentence may open with before a holder's title. Bodies
    /// of state ("Police spokesman", "Army spokesman", "Ministry spokesman") are left as they were
    /// read: a capitalised "Police" there is a body the country's own may absorb, and the probes
    /// showed no fault with them worth the risk on unseen text.
    static let openingBodyNouns: Set<String> = [
        "company", "firm", "airline", "carrier", "group", "party", "union", "club", "league",
    ]

    static func takeOpeningBodyNouns(_ chunks: inout [NameChunk], in sentence: AnalyzedSentence) {
        for index in chunks.indices where chunks[index].isTitle {
            if case .honorific = chunks[index].kind { continue }
            let start = chunks[index].tokens.lowerBound
            guard start > 0, let title = sentence.token(start), title.isWord, !title.isCapitalized,
                  sentence.tokens[start - 1].isCapitalized, sentence.isSentenceStart(start - 1),
                  openingBodyNouns.contains(sentence.tokens[start - 1].lower) else { continue }
            // The noun alone as a chunk ("Company" read as a body), or in no chunk at all ("Party" dropped as an opener).
            let covering = chunks.firstIndex { $0.tokens.contains(start - 1) }
            if let noun = covering {
                guard chunks[noun].tokens == (start - 1)..<start else { continue }
                switch chunks[noun].kind {
                case .organization, .name, .institution: break
                default: continue
                }
            }
            chunks[index].tokens = (start - 1)..<chunks[index].tokens.upperBound
            if let noun = covering { chunks.remove(at: noun) }
            // One noun at most opens the sentence: the indices after it have moved, so stop.
            return
        }
    }
}
