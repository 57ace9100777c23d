/// "Paula Soto, a hydrologist at the University of Chile, said …": a word for a scholar or
/// specialist that no title list holds ("hydrologist", "glaciologist", "oceanographer",
/// "statistician") is a title all the same, known by its ending. Without a title, the
/// apposition did not make the name a person, and the statement went to the university.
extension NameLexicon {
    static let occupationEndings: [String] = ["ologist", "ographer", "onomist", "ician", "ometrist"]

    /// A lower-case word that ends like the name of a specialist's occupation.
    static func isOccupationBySuffix(_ word: String) -> Bool {
        guard word.count > 7, word.allSatisfy({ $0.isLetter }) else { return false }
        return occupationEndings.contains { word.hasSuffix($0) }
    }
}
