/// Which of many names a text contains as whole words, with `TextSearch.containsWord`'s
/// semantics, looking each word of the text up once instead of searching the text for
/// every name.
///
/// A name that starts with a letter or digit can only be found where a word of the text
/// (a run of letters and digits) equals the name's first word, so only those names are
/// searched for; names that start otherwise are searched for in every text.
public struct NameIndex<Owner: Hashable> {
    private var byFirstWord: [String: [Entry]] = [:]
    private var unindexed: [Entry] = []

    private struct Entry {
        var name: String
        var owner: Owner
        /// The name's bytes when it is printable ASCII: in ASCII text it is then found by
        /// comparing bytes, which is what `containsWord` finds there, without its search.
        var ascii: [UInt8]?
    }

    public init(_ entries: some Sequence<(name: String, owner: Owner)>) {
        for (name, owner) in entries where !name.isEmpty {
            let ascii = name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? Array(name.utf8) : nil
            let entry = Entry(name: name, owner: owner, ascii: ascii)
            if let first = TextSearch.words(in: name).first, first.startIndex == name.startIndex {
                byFirstWord[String(first), default: []].append(entry)
            } else {
                unindexed.append(entry)
            }
        }
    }

    /// The owners, among `candidates`, of the names that `text` contains as whole words.
    public func owners(mentionedIn text: String, among candidates: Set<Owner>) -> Set<Owner> {
        var found: Set<Owner> = []
        func wanted(_ entry: Entry) -> Bool {
            candidates.contains(entry.owner) && !found.contains(entry.owner)
        }
        // Text whose characters are each one scalar (most news text: ASCII with curly quotes,
        // dashes and accented Latin letters) is split into words on its bytes; any other text
        // is split into characters, and each candidate name searched for.
        let searchedBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard TextSearch.scalarsAreCharacters(bytes) else { return false }
            TextSearch.forEachWord(in: bytes) { start, end in
                guard let entries = byFirstWord[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)] else { return }
                for entry in entries where wanted(entry) {
                    let contains = entry.ascii.map { Self.hasWord($0, at: start, in: bytes) } ?? TextSearch.containsWord(entry.name, in: text)
                    if contains { found.insert(entry.owner) }
                }
            }
            return true
        }
        if searchedBytes != true {
            var seen: Set<Substring> = []
            for word in TextSearch.words(in: text) where seen.insert(word).inserted {
                for entry in byFirstWord[String(word)] ?? [] where wanted(entry) {
                    if TextSearch.containsWord(entry.name, in: text) { found.insert(entry.owner) }
                }
            }
        }
        for entry in unindexed where wanted(entry) {
            if TextSearch.containsWord(entry.name, in: text) { found.insert(entry.owner) }
        }
        return found
    }

    /// `name` at `start`, a word's start, followed by the text's end or a character that is
    /// no letter or digit: a word boundary, as `containsWord` sees it, in text whose
    /// characters are each one scalar.
    private static func hasWord(_ name: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = start + name.count
        guard end <= bytes.count else { return false }
        for offset in name.indices where bytes[start + offset] != name[offset] { return false }
        return end == bytes.count || !TextSearch.scalar(at: end, in: bytes).isWord
    }
}

extension TextSearch {
    /// The runs of letters and digits in a text, split where `containsWord` sees a word end.
    public static func words(in text: String) -> [Substring] {
        // ASCII text splits on bytes: between two ASCII characters other than "\r\n" there
        // is always a character boundary, and the ASCII letters and digits are exactly the
        // ASCII characters that are letters or numbers.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return runs(in: text.utf8, of: text, isWord: isASCIIWordByte)
        }
        return runs(in: text, of: text) { isWordCharacter($0) }
    }

    /// The ASCII letters and digits: exactly the ASCII characters that are letters or numbers.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether each scalar of UTF-8 text is a character of its own ("\r\n" aside, which holds
    /// no letter): ASCII, and scalars of blocks that hold no combining marks, joiners or other
    /// scalars that extend a character. Only then is a character a letter or digit exactly when
    /// its scalar is (`Character.isLetter` and `isNumber` read the first scalar).
    static func scalarsAreCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 { index += 1; continue }
            let (value, length) = decode(at: index, in: bytes)
            switch value {
            // Latin-1 Supplement, Latin Extended-A and -B: letters and signs, no marks.
            case 0x00A0...0x024F: break
            // General Punctuation without its joiners and format controls: dashes, quotation
            // marks, bullets, primes.
            case 0x2010...0x2027, 0x2030...0x205E: break
            case 0x20A0...0x20C0: break  // currency signs
            default: return false
            }
            index += length
        }
        return true
    }

    /// The scalar that starts at `index` of valid UTF-8, and its length in bytes.
    private static func decode(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (value, length)
    }

    /// The length in bytes of the scalar that starts at `index` of valid UTF-8, and whether it is a letter or digit.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, isWord: Bool) {
        let lead = bytes[index]
        if lead < 0x80 { return (1, isASCIIWordByte(lead)) }
        let (value, length) = decode(at: index, in: bytes)
        let isWord = Unicode.Scalar(value).map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
        return (length, isWord)
    }

    /// Calls `body` with the byte range of each run of letters and digits of UTF-8 text whose
    /// characters are each one scalar (`scalarsAreCharacters`).
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var index = 0
        var start: Int?
        while index < bytes.count {
            let (length, isWord) = scalar(at: index, in: bytes)
            if isWord, start == nil { start = index }
            if !isWord, let wordStart = start {
                body(wordStart, index)
                start = nil
            }
            index += length
        }
        if let wordStart = start { body(wordStart, bytes.count) }
    }

    /// The maximal runs of elements of a view of `text` for which `isWord` holds.
    private static func runs<View: Collection>(in view: View, of text: String, isWord: (View.Element) -> Bool) -> [Substring]
        where View.Index == String.Index
    {
        var words: [Substring] = []
        var start: String.Index?
        var index = view.startIndex
        while index < view.endIndex {
            let inWord = isWord(view[index])
            if inWord, start == nil { start = index }
            if !inWord, let wordStart = start {
                words.append(text[wordStart..<index])
                start = nil
            }
            index = view.index(after: index)
        }
        if let wordStart = start { words.append(text[wordStart...]) }
        return words
    }
}

// Values only (strings, bytes and owners), read-only once made: searched from every core by
// the merge. Unchecked because its private entry type cannot state the condition itself.
extension NameIndex: @unchecked Sendable where Owner: Sendable {}
