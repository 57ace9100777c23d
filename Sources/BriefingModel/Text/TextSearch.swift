/// Whole-word search in plain text: "Lavrov" is found in "Lavrov’s" but not in "Lavrovsky".
public enum TextSearch {
    public static func containsWord(_ word: String, in text: String) -> Bool {
        firstWordRange(of: word, in: text) != nil
    }

    public static func firstWordRange(of word: String, in text: String) -> Range<String.Index>? {
        guard !word.isEmpty else { return nil }
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if !isWordCharacter(before) && !isWordCharacter(after) { return range }
            searchStart = text.index(after: range.lowerBound)
        }
        return nil
    }

    static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}
