/// Which of many names a text contains as whole words, with `TextSearch.containsWord`'s
/// semantics, looking each word of the text up once instead of searching the text for
/// every name.
///
/// A name that starts with a letter or digit can only be found where a word of the text
/// (a run of letters and digits) equals the name's first word, so only those names are
/// searched for; names that start otherwise are searched for in every text.
public struct NameIndex<Owner: Hashable> {
    private var byFirstWord: [String: [(name: String, owner: Owner)]] = [:]
    private var unindexed: [(name: String, owner: Owner)] = []

    public init(_ entries: some Sequence<(name: String, owner: Owner)>) {
        for entry in entries where !entry.name.isEmpty {
            if let first = TextSearch.words(in: entry.name).first, first.startIndex == entry.name.startIndex {
                byFirstWord[String(first), default: []].append(entry)
            } else {
                unindexed.append(entry)
            }
        }
    }

    /// The owners, among `candidates`, of the names that `text` contains as whole words.
    public func owners(mentionedIn text: String, among candidates: Set<Owner>) -> Set<Owner> {
        var found: Set<Owner> = []
        func check(_ entry: (name: String, owner: Owner)) {
            guard candidates.contains(entry.owner), !found.contains(entry.owner) else { return }
            if TextSearch.containsWord(entry.name, in: text) { found.insert(entry.owner) }
        }
        var seen: Set<Substring> = []
        for word in TextSearch.words(in: text) where seen.insert(word).inserted {
            for entry in byFirstWord[String(word)] ?? [] { check(entry) }
        }
        for entry in unindexed { check(entry) }
        return found
    }
}

extension TextSearch {
    /// The runs of letters and digits in a text, split where `containsWord` sees a word end.
    public static func words(in text: String) -> [Substring] {
        // ASCII text splits on bytes: between two ASCII characters other than "\r\n" there
        // is always a character boundary, and the ASCII letters and digits are exactly the
        // ASCII characters that are letters or numbers.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return runs(in: text.utf8, of: text) { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            }
        }
        return runs(in: text, of: text) { isWordCharacter($0) }
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
