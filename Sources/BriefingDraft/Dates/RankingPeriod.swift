/// "the largest penalty handed to a water company this year", "the best offer in the sector
/// this year": "this year" after a superlative bounds the ranking, not the act of the clause,
/// so it dates nothing.
enum RankingPeriod {
    static func bounds(_ raw: RawDate, in tokens: [SentenceToken]) -> Bool {
        guard raw.preposition == nil, case .period(.year, shift: 0) = raw.core else { return false }
        var k = raw.start - 1
        var far = 0
        while k >= 0, far < 9 {
            let word = tokens[k].lower
            if !tokens[k].isWord && word != "-" || stopWords.contains(word) { return false }
            if superlatives.contains(word) { return true }
            k -= 1
            far += 1
        }
        return false
    }

    static let superlatives: Set<String> = [
        "largest", "biggest", "best", "highest", "lowest", "worst", "deadliest", "heaviest", "strongest",
        "greatest", "fewest", "hottest", "driest", "wettest", "coldest", "steepest", "sharpest", "busiest",
    ]
    /// Words that start a new clause or verb phrase, past which the superlative no longer governs.
    static let stopWords: Set<String> = [
        "and", "but", "which", "who", "that", "said", "says", "will", "would", "could", "may", "might",
        "is", "was", "were", "are", "has", "have", "had",
    ]
}
