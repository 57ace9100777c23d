/// "Tembo Capital Bank said it had frozen 3,000 accounts … The lender's chief executive, Grace
/// Wanjiru,": a bank named like a business is a lender, not a body of state, so "the lender",
/// "the company" and "Tembo" point to it. Only a central, reserve, national or state bank, one
/// that opens with "Bank" ("Bank of England", "Bank Indonesia") or one of the development
/// banks of states is part of a state.
extension NameFinding {
    static let stateBankWords: Set<String> = [
        "central", "reserve", "national", "state", "people's", "federal", "development", "world", "investment",
        "reconstruction", "settlements", "european", "african", "asian", "islamic", "export-import", "postal",
    ]

    /// The lowercased words of a name with "bank" in it: is it a business's?
    static func isCommercialBank(_ words: [String]) -> Bool {
        guard words.count >= 2, words.first != "bank", words.last == "bank" else { return false }
        return !words.contains { stateBankWords.contains($0) }
    }
}
