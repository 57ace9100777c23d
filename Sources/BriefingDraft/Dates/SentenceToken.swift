/// A word, number or punctuation mark of one sentence, with its UTF-8 offsets in it.
/// The date, event and figure stages share this tokenisation, so ranges line up with
/// `MentionIndex` ranges (also UTF-8 offsets).
struct SentenceToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punct }

    var text: String
    /// Lowercased, with a possessive "’s" removed: "lavrov" for "Lavrov’s".
    var lower: String
    var kind: Kind
    var range: Range<Int>
    var isPossessive: Bool

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isWord: Bool { kind == .word }
    /// Digits only (commas and decimal points allowed), no letters: "1,000", "2.5".
    var isNumeral: Bool { kind == .number && !text.unicodeScalars.contains { $0.properties.isAlphabetic } }
    var integerValue: Int? { isNumeral ? Int(text.replacingOccurrences(of: ",", with: "")) : nil }
}

enum SentenceTokenizer {
    /// Splits a sentence into tokens. Hyphenated compounds ("two-day", "B-52"), internal
    /// apostrophes ("Lavrov’s"), dotted initialisms ("U.S.") and digit groups ("1,000",
    /// "2.5") stay one token; every other non-space character is a punctuation token.
    static func tokenize(_ sentence: String) -> [SentenceToken] {
        let scalars = Array(sentence.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        func isAlnum(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            let p = scalars[index].properties
            return p.isAlphabetic || p.numericType != nil
        }
        func isLetter(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            return scalars[index].properties.isAlphabetic
        }
        func isDigit(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            return ("0"..."9").contains(scalars[index])
        }

        var tokens: [SentenceToken] = []
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar.properties.isWhitespace { i += 1; continue }
            guard isAlnum(i) else {
                let text = String(scalar)
                tokens.append(SentenceToken(text: text, lower: text, kind: .punct, range: offsets[i]..<offsets[i + 1], isPossessive: false))
                i += 1
                continue
            }
            var j = i + 1
            var dotted = false
            while j < scalars.count {
                if isAlnum(j) { j += 1; continue }
                let c = scalars[j]
                if isAlnum(j + 1) {
                    if c == "-" || c == "\u{2011}" { j += 1; continue }
                    if (c == "'" || c == "\u{2019}") && isLetter(j + 1) && isLetter(j - 1) { j += 1; continue }
                    // "2.5" (decimals) and "1,000" (groups of exactly three digits).
                    if c == ".", isDigit(j - 1), isDigit(j + 1) { j += 1; continue }
                    if c == ",", isDigit(j - 1), isDigit(j + 1), isDigit(j + 2), isDigit(j + 3), !isDigit(j + 4) { j += 1; continue }
                    if c == ".", isLetter(j - 1), !isAlnum(j - 2) || dotted, isLetter(j + 1), !isAlnum(j + 2) {
                        dotted = true
                        j += 1; continue
                    }
                }
                break
            }
            if dotted, j < scalars.count, scalars[j] == "." { j += 1 }
            let text = String(String.UnicodeScalarView(scalars[i..<j]))
            var lower = text.lowercased()
            var possessive = false
            for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) && lower.count > 2 {
                lower.removeLast(2)
                possessive = true
            }
            let kind: SentenceToken.Kind = isDigit(i) ? .number : .word
            tokens.append(SentenceToken(text: text, lower: lower, kind: kind, range: offsets[i]..<offsets[j], isPossessive: possessive))
            i = j
        }
        return tokens
    }
}
