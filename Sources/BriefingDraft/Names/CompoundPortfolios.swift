/// "The homeland security ministry said …", "the public security ministry rejected …": a
/// portfolio the lexicon of single portfolios lacks, often of two words. A ministry so
/// described and never named in full had no actor, and the side it took was lost or fell to
/// another ministry named before; with these words it is the ministry of the country in
/// context ("Maldivian Homeland Security Ministry"), as "the defence ministry" is.
extension NameFinding {
    /// Portfolios that stand alone ("the water ministry", "the security ministry").
    static let extraPortfolioWords: Set<String> = [
        "security", "water", "land", "lands", "resources", "development", "youth", "veterans", "maritime",
        "food", "religious", "oceans", "marine", "disaster", "gender", "solidarity",
    ]

    /// Words that narrow a portfolio but name none alone ("the public ministry" is a
    /// prosecution service, "the internal ministry" no one's name).
    static let portfolioQualifiers: Set<String> = [
        "homeland", "public", "internal", "social", "civil", "natural", "rural", "urban", "local", "territorial",
        "women", "family",
    ]

    /// The lower-case words before a ministry's head name a portfolio: each is a portfolio
    /// word or a qualifier, and not all are qualifiers.
    static func isUnnamedPortfolio(_ words: [String]) -> Bool {
        let portfolio = { (word: String) in Chunker.institutionModifiers.contains(word) || extraPortfolioWords.contains(word) }
        return words.allSatisfy { portfolio($0) || portfolioQualifiers.contains($0) }
            && (words.isEmpty || words.contains(where: portfolio))
    }
}
