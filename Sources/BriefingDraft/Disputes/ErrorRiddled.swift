/// "said the report was “full of errors”", "the figures were riddled with mistakes": a claim said
/// to be full of errors is called false, as "was wrong" calls it (`judgesClaimFalse`). Found by
/// probing invented wire copy (a smelter's answer to an environmental group's report made no
/// dispute). "full of fish", "riddled with bullets", "full of errors of judgment by others"
/// still name what is in a thing; only the words for error count.
extension PositionFinder {
    static let errorNouns: Set<String> = [
        "errors", "mistakes", "inaccuracies", "falsehoods", "lies", "distortions", "untruths", "fabrications",
    ]

    /// "full of", "riddled with": read for every word of a statement, so made once.
    static let errorFrames: [String: String] = ["full": "of", "riddled": "with", "littered": "with", "rife": "with"]

    /// Does the predicate at `k` say the thing is full of errors ("full of errors", "riddled
    /// with factual mistakes")? One modifier may stand before the noun.
    static func callsFullOfErrors(_ lowers: [String], at k: Int) -> Bool {
        guard k + 2 < lowers.count, let preposition = errorFrames[lowers[k]], lowers[k + 1] == preposition else { return false }
        if errorNouns.contains(lowers[k + 2]) { return true }
        return k + 3 < lowers.count && lowers[k + 2].first?.isLetter == true && errorNouns.contains(lowers[k + 3])
    }
}
