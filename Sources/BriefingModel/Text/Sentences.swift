/// Splits a paragraph into sentences, for `pN.sM` references. Knows the abbreviations
/// and initials of news text ("U.S.", "Sept. 1", "Mr. Kim", "J. Smith") and decimals.
public enum Sentences {
    /// Titles, months, weekdays and company forms are capitalised when abbreviated, so they
    /// are matched as written: "No. 5" is an abbreviation, "he said no." ends a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj",
        "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "Amb", "Adm", "Cmdr", "Insp", "Supt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Ltd", "Co", "No", "Nos", "Dept", "Univ", "Mt", "Ft", "Fig",
        "vs", "etc", "approx", "est", "fig",
    ]

    public static func split(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "." || character == "!" || character == "?" else { index += 1; continue }
            var end = index + 1
            while end < characters.count, "\"”’')]».!?".contains(characters[end]) { end += 1 }
            guard end < characters.count, characters[end].isWhitespace else { index = end; continue }
            var next = end
            while next < characters.count, characters[next].isWhitespace { next += 1 }
            guard next < characters.count else { break }
            let following = characters[next]
            let startsSentence = following.isUppercase || following.isNumber || "\"“‘'(«".contains(following)
            if startsSentence && !(character == "." && isAbbreviation(before: index, in: characters)) {
                sentences.append(String(characters[start..<end]).trimmingSpaces())
                start = next
            }
            index = next
        }
        let last = String(characters[start...]).trimmingSpaces()
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// The word ending at the period: a known abbreviation, a single letter (an initial),
    /// or a dotted form such as "U.S".
    static func isAbbreviation(before period: Int, in characters: [Character]) -> Bool {
        var wordStart = period
        while wordStart > 0, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" { wordStart -= 1 }
        let word = String(characters[wordStart..<period])
        if word.count == 1, word.first?.isLetter == true { return true }
        if word.contains("."), word.count <= 6 { return true }
        return abbreviations.contains(word)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
