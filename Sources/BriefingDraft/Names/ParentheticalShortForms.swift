import BriefingModel

/// "Corporación Minera de Bolivia (Comibol)", "Petróleos Mexicanos (Pemex)": a state company's
/// short form is often built from the syllables of its name rather than its initials, and
/// written in lower case after the first letter. Such a word in parentheses after a name is an
/// alias as an acronym is (`parentheticalAlias`): it opens with the name's first letter and
/// its letters appear in the name in order. ("Minera Andina (Reuters)" does not.)
extension NameFinding {
    /// Lower-case words inside a name of several words ("of", and Romance "de", "del", "la").
    static let nameConnectors: Set<String> = ["of", "for", "and", "the", "on", "&", "de", "del", "la", "do", "da", "des", "du", "y", "e"]

    static func isShortForm(_ token: NameToken, of chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        guard token.isWord, token.isCapitalized, chunk.tokens.count >= 2 else { return false }
        let short = Array(token.lower)
        let words = chunk.tokens.map { sentence.tokens[$0].lower }
        // "Ghana Cocoa Board (Cocobod)": the short form may leave out the name's first word,
        // its country, when two words or more remain.
        let forms = words.count >= 3 ? [words, Array(words.dropFirst())] : [words]
        return forms.contains { form in
            let long = Array(form.joined())
            guard short.count >= 3, short.count < long.count, short.first == long.first else { return false }
            var k = 0
            for letter in long where k < short.count && letter == short[k] { k += 1 }
            return k == short.count
        }
    }
}
