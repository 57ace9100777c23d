/// "Gulf Falcon General Contracting", "Al Noor General Trading": a company's name that ends in
/// "General" and a line of trade. The title word "General" would otherwise cut the run into a
/// company "Gulf Falcon" and a person "Contracting" titled "General" (development set T).
/// "Attorney General Maria Lopez" and "the Army General Staff" end in no trade word, so stay.
extension NameLexicon {
    static let generalTradeWords: Set<String> = [
        "contracting", "contractors", "trading", "construction", "engineering", "services", "insurance",
        "supplies", "maintenance", "cleaning", "transport", "industries", "trade", "enterprises",
    ]

    /// Whether `words` (a run's words, in order) end in "General" and a line of trade, with a name before.
    static func endsInGeneralTrade(_ words: some BidirectionalCollection<String>) -> Bool {
        guard words.count >= 3 else { return false }
        let last = words[words.index(before: words.endIndex)].lowercased()
        return words[words.index(words.endIndex, offsetBy: -2)] == "General"
            && (generalTradeWords.contains(last) || companyEndWords.contains(last))
    }
}
