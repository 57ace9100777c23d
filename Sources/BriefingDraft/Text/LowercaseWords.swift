/// A statement's words in lower case, as the dispute rules read them (`statement.lowercased()
/// .split { !$0.isLetter && … }`), without walking it character by character.
///
/// The dispute rules split each position's statement into words many times over, and a
/// character walk asks Unicode for grapheme breaks and letter properties at every step — the
/// largest share of a dense text's import. Text made only of ASCII and of punctuation that is
/// never a letter, a digit or part of another character (no-break space, the dashes, quotation
/// marks and ellipsis of General Punctuation) splits on its bytes with the same result: each of
/// its scalars is a character of its own ("\r\n" aside, two separators either way), the ASCII
/// letters and digits are exactly its letters and numbers, and lower-casing changes only the
/// ASCII capitals. Any other text takes the character walk, so the words never differ.
enum LowercaseWords {
    /// The words of `text` in lower case (as written when `keepingCase`): runs of letters (and
    /// digits when `digits`) and of the ASCII characters in `keeping`.
    static func split(_ text: String, digits: Bool = false, keeping: String = "", keepingCase: Bool = false) -> [String] {
        let extra = Array(keeping.utf8)
        var text = text
        if let words = text.withUTF8({ bytes in fast(bytes, digits: digits, extra: extra, keepingCase: keepingCase) }) { return words }
        let kept = Set(keeping)
        return (keepingCase ? text : text.lowercased()).split { !$0.isLetter && !(digits && $0.isNumber) && !kept.contains($0) }.map(String.init)
    }

    /// The byte split, or nil when the text holds a scalar it cannot read.
    private static func fast(_ bytes: UnsafeBufferPointer<UInt8>, digits: Bool, extra: [UInt8], keepingCase: Bool) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (digits && lower >= 0x30 && lower <= 0x39) || extra.contains(lower) {
                    word.append(keepingCase ? byte : lower)
                } else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
                index += 1
                continue
            }
            // U+00A0 (C2 A0) and U+2010…U+2027 (E2 80 90…A7): separators, one character each.
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x90, bytes[index + 2] <= 0xA7 {
                index += 3
            } else {
                return nil
            }
            if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
