/// "a housing project in Sabah Al Ahmad City", "flooding near Quezon City": an unknown name that
/// ends in "City" after a word of place is a city, not a person (development set T drafted one as
/// a person). The preposition is required, so a club ("Manchester City said") stays as it was.
extension NameLexicon {
    static let cityPlacePrepositions: Set<String> = ["in", "at", "near", "outside", "from", "to", "around", "across"]

    /// Whether a run of words (`words`, as written) after the word `before` (lowercased) is a city.
    static func isPlaceEndingInCity(_ words: some BidirectionalCollection<String>, after before: String?) -> Bool {
        guard words.count >= 2, words.last == "City", let before else { return false }
        return cityPlacePrepositions.contains(before)
    }
}
