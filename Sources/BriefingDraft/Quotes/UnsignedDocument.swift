/// Two readings of "“…,” the statement said" / "the report said" whose document the text did or
/// did not give an author (DocumentSpeaker.swift):
/// - "A statement posted online said the factory had closed. “…,” the statement said.": the
///   document was introduced indefinitely and no author was named for it, so its words have no
///   speaker the text names. Before, the last speaker of the paragraph before (a ministry that
///   "issued a statement" of its own) was given them.
/// - "The AP reported last year that … “…,” the report said.": no noun "report" came before, but
///   the verb did; the one who reported is the report's author.
extension AttributionText {
    /// Whether the latest earlier mention of the document noun `head` is indefinite ("a
    /// statement", "a report posted online") with no author in its sentence's phrase.
    func introducedWithoutAuthor(_ head: String, before position: Position) -> Bool {
        let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
        var unsigned = false
        scanBack(from: position) { p, k in
            let tokens = paragraphs[p].tokens
            guard tokens[k].depth == 0, tokens[k].kind == .word, tokens[k].lower == head || tokens[k].lower == singular else { return false }
            // Only "a statement" or "a new statement": an article at most two words before the noun.
            let indefinite = (1...2).contains { k - $0 >= 0 && ["a", "an"].contains(tokens[k - $0].lower) && tokens[k - $0].kind == .word }
            unsigned = indefinite && author(ofDocumentAt: k, in: p) == nil && !sentenceNamesIssuer(k, in: p)
            return true
        }
        return unsigned
    }

    /// "Savanna Holdings issued a statement", "in a statement, the company said": an actor is the
    /// subject of the sentence that holds the noun, before it.
    func sentenceNamesIssuer(_ k: Int, in p: Int) -> Bool {
        let view = paragraphs[p]
        let sentence = view.tokens[k].sentence
        guard view.sentenceTokens.indices.contains(sentence) else { return false }
        return view.mentions(in: view.sentenceTokens[sentence]).contains { !$0.inQuote }
    }

    /// Verbs that make their subject the author of a document of the noun.
    static let documentVerbsByNoun: [String: Set<String>] = [
        "report": ["reported", "reports"],
    ]

    /// "The AP reported last year that …": the subject of the latest reporting verb in the
    /// paragraph or the one before, for a definite "the report" met nowhere before.
    func reportingSubject(_ head: String, before position: Position) -> String? {
        guard let verbs = Self.documentVerbsByNoun[head] else { return nil }
        var found: String?
        scanBack(from: position) { p, k in
            if p < position.paragraph - 1 { return true }
            let token = paragraphs[p].tokens[k]
            guard token.kind == .word, token.depth == 0, verbs.contains(token.lower), !isPassive(before: k, in: p) else { return false }
            found = subject(before: k, in: p)
            return true
        }
        return found
    }
}
