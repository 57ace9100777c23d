/// "Independent economists have made a similar case.": a group that makes the same case as the
/// account before it takes a side (`PositionFinder.makesSimilarCase` reads the side), so the
/// phrase is a group voice as "Independent economists say" is.
extension NameFinding {
    static func makesSimilarCase(_ tokens: [NameToken], at v: Int) -> Bool {
        guard v + 2 < tokens.count, tokens[v].isWord, PositionFinder.similarCaseVerbs.contains(tokens[v].lower) else { return false }
        var k = v + 1
        if ["a", "the"].contains(tokens[k].lower) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].lower == "similar" || (tokens[k].lower == "same" && tokens[k - 1].lower == "the") else { return false }
        return PositionFinder.similarCaseNouns.contains(tokens[k + 1].lower)
    }
}
