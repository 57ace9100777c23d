/// "Independent economists have made a similar case.": a group that makes the same case as the
/// account before it takes a side (`PositionFinder.makesSimilarCase` reads the side), so the
/// phrase is a group voice as "Independent economists say" is.
extension NameFinding {
    static func makesSimilarCase(_ tokens: [NameToken], at v: Int) -> Bool {
        guard tokens[v].isWord, PositionFinder.similarCaseVerbs.contains(tokens[v].lower) else { return false }
        return PositionFinder.namesSimilarCase(tokens[(v + 1)..<min(tokens.count, v + 4)].map { $0.isWord ? $0.lower : "" })
    }
}
