/// "Foreign Minister Jan Lipavsky", "Mayor June Carter", "Pham Thu Hang", "Theresa May": a
/// few month and weekday words are also given names or surnames. Such a word is part of a
/// name when it stands, without an abbreviation's period, right beside a capitalised name
/// word, not after a word that opens a date ("in May", "last June") and not before a number
/// ("Jan 5", "June 2024").
extension Chunker {
    static let timeWordNames: Set<String> = ["jan", "june", "may", "april", "thu", "sun"]

    static let dateOpeners: Set<String> = [
        "in", "on", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "this", "of", "from",
        "through", "during", "before", "after", "between", "to", "and", "or", "every", "each", "that", "around",
    ]

    func isTimeWordName(_ k: Int, in tokens: [NameToken]) -> Bool {
        let token = tokens[k]
        guard token.isWord, token.isCapitalized, Self.timeWordNames.contains(token.lower), !token.text.hasSuffix(".") else { return false }
        if k > 0, tokens[k - 1].isWord, Self.dateOpeners.contains(tokens[k - 1].lower) { return false }
        if k + 1 < tokens.count, tokens[k + 1].kind == .number { return false }
        func isNameWord(_ i: Int) -> Bool {
            tokens.indices.contains(i) && tokens[i].isWord && !tokens[i].isAcronym && isNameToken(tokens[i])
        }
        let followsName = isNameWord(k - 1) && token.spaceBefore
        // "Jan de Vries", "May van der Berg": a name's particles may stand before its surname.
        var next = k + 1
        while next < tokens.count, next - k <= 3, tokens[next].isWord, !tokens[next].isCapitalized, NameLexicon.nameParticles.contains(tokens[next].lower) { next += 1 }
        let opensName = isNameWord(next) && tokens[k + 1].spaceBefore
        return followsName || opensName
    }
}
