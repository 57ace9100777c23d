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
    var isCapitalized: Bool

    var isWord: Bool { kind == .word }
    /// Digits only (commas and decimal points allowed), no letters: "1,000", "2.5".
    var isNumeral: Bool { kind == .number && !text.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 >= 128 } }
    var integerValue: Int? {
        guard kind == .number else { return nil }
        var value = 0
        for byte in text.utf8 {
            if byte == 44 { continue }                       // ","
            guard byte >= 48, byte <= 57 else { return nil } // a decimal point or a letter
            value = value &* 10 &+ Int(byte - 48)
            if value > 1_000_000_000 { return nil }
        }
        return value
    }
}

enum SentenceTokenizer {
    /// Splits a sentence into tokens. Hyphenated compounds ("two-day", "B-52"), internal
    /// apostrophes ("Lavrov’s"), dotted initialisms ("U.S.") and digit groups ("1,000",
    /// "2.5") stay one token; every other non-space character is a punctuation token.
    /// Works on UTF-8 bytes with an ASCII fast path; other scalars are decoded as met.
    static func tokenize(_ sentence: String) -> [SentenceToken] {
        let bytes = Array(sentence.utf8)
        // Decode into (scalar, offset) only once; ASCII is the common case.
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var offset = 0
        for scalar in sentence.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let count = scalars.count

        @inline(__always) func isLetter(_ index: Int) -> Bool {
            guard index >= 0, index < count else { return false }
            let value = scalars[index].value
            if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
            return scalars[index].properties.isAlphabetic
        }
        @inline(__always) func isDigit(_ index: Int) -> Bool {
            guard index >= 0, index < count else { return false }
            let value = scalars[index].value
            return value >= 48 && value <= 57
        }
        @inline(__always) func isAlnum(_ index: Int) -> Bool {
            guard index >= 0, index < count else { return false }
            let value = scalars[index].value
            if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) }
            let properties = scalars[index].properties
            return properties.isAlphabetic || properties.numericType != nil
        }
        @inline(__always) func isSpace(_ index: Int) -> Bool {
            let value = scalars[index].value
            if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
            return scalars[index].properties.isWhitespace
        }

        var tokens: [SentenceToken] = []
        tokens.reserveCapacity(count / 4)
        var i = 0
        while i < count {
            if isSpace(i) { i += 1; continue }
            guard isAlnum(i) else {
                let text = String(scalars[i])
                tokens.append(SentenceToken(text: text, lower: text, kind: .punct, range: offsets[i]..<offsets[i + 1], isPossessive: false, isCapitalized: false))
                i += 1
                continue
            }
            var j = i + 1
            var dotted = false
            while j < count {
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
            if dotted, j < count, scalars[j] == "." { j += 1 }
            let range = offsets[i]..<offsets[j]
            let text = String(decoding: bytes[range], as: UTF8.self)
            var lower = bytes[range].allSatisfy({ $0 < 128 && !($0 >= 65 && $0 <= 90) }) ? text : text.lowercased()
            var possessive = false
            if lower.count > 2, lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") {
                lower.removeLast(2)
                possessive = true
            }
            let first = scalars[i].value
            let capitalized = first < 128 ? (first >= 65 && first <= 90) : scalars[i].properties.isUppercase
            tokens.append(SentenceToken(text: text, lower: lower, kind: isDigit(i) ? .number : .word, range: range, isPossessive: possessive, isCapitalized: capitalized))
            i = j
        }
        return tokens
    }
}

extension SentenceTokenizer {
    /// Token ranges of at most `limit` tokens, cut after punctuation where possible. Real
    /// sentences fit in one; a text with no sentence breaks (a run-on paste, a 5 MB line) is
    /// read window by window so that every stage stays linear in the length of the text.
    static func windows(_ tokens: [SentenceToken], limit: Int = 160) -> [Range<Int>] {
        guard tokens.count > limit else { return [0..<tokens.count] }
        var windows: [Range<Int>] = []
        var start = 0
        while start < tokens.count {
            var end = min(tokens.count, start + limit)
            if end < tokens.count {
                let half = start + limit / 2
                if let cut = (half..<end).last(where: { tokens[$0].kind == .punct && [",", ";", ":", "\u{2014}", ".", ")"].contains(tokens[$0].text) }) {
                    end = cut + 1
                }
            }
            windows.append(start..<end)
            start = end
        }
        return windows
    }
}

extension String {
    /// A byte-wise suffix test; `hasSuffix` compares grapheme clusters and is slow in hot loops.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let view = utf8
        guard view.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in view.suffix(count).elementsEqual(buffer) }
    }
}

/// The text of a UTF-8 range of a sentence, without copying the sentence.
func utf8Text(of sentence: String, _ range: Range<Int>) -> String {
    let view = sentence.utf8
    let start = view.index(view.startIndex, offsetBy: range.lowerBound)
    let end = view.index(start, offsetBy: range.count)
    return String(decoding: view[start..<end], as: UTF8.self)
}
