/// Splits a paragraph into sentences, for `pN.sM` references. Knows the abbreviations
/// and initials of news text ("U.S.", "Sept. 1", "Mr. Kim", "J. Smith") and decimals.
public enum Sentences {
    /// Titles, months, weekdays and company forms are capitalised when abbreviated, so they
    /// are matched as written: "No. 5" is an abbreviation, "he said no." ends a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj",
        "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "Amb", "Adm", "Cmdr", "Insp", "Supt", "Brig", "Cpl", "Pvt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Ltd", "Co", "No", "Nos", "Dept", "Univ", "Mt", "Ft", "Fig",
        "vs", "etc", "approx", "est", "fig",
    ]

    /// Works on Unicode scalars, not characters: every boundary it looks for is next to an
    /// ASCII mark or a space, and grapheme breaking long texts would be most of the cost.
    public static func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "!" || scalar == "?" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, closesSentence(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end].properties.isWhitespace else { index = end; continue }
            var next = end
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            guard next < scalars.count else { break }
            let following = scalars[next]
            let startsSentence = following.properties.isUppercase || following.properties.numericType != nil || opensSentence(following)
            if startsSentence && !(scalar == "." && isAbbreviation(before: index, in: scalars)) {
                sentences.append(string(scalars[start..<end]).trimmingSpaces())
                start = next
            }
            index = next
        }
        let last = string(scalars[start...]).trimmingSpaces()
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    private static func closesSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "”", "’", "'", ")", "]", "»", ".", "!", "?": true
        default: false
        }
    }

    private static func opensSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "‘", "'", "(", "«": true
        default: false
        }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The word ending at the period: a known abbreviation, a single letter (an initial),
    /// or a dotted form such as "U.S".
    static func isAbbreviation(before period: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var wordStart = period
        while wordStart > 0, !scalars[wordStart - 1].properties.isWhitespace, scalars[wordStart - 1] != "(" { wordStart -= 1 }
        let word = scalars[wordStart..<period]
        if word.count == 1, let only = word.first, only.properties.isAlphabetic { return true }
        if word.count > 6 { return false }
        if word.contains(".") { return true }
        return abbreviations.contains(string(word))
    }
}

extension StringProtocol {
    /// Without leading and trailing white space; plain Swift, so it costs no bridging.
    public func trimmingSpaces() -> String {
        var scalars = self[...]
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
