import BriefingModel

/// "Police said two people died; organisers put the toll at 14", "The army said three soldiers
/// were killed. Residents put the number at nine": wire copy spells small numbers out, and a
/// statement counting with them counts as one with digits does, so a rival figure can answer it.
/// Not "one" ("one of the", "no one"), which is seldom a count.
extension PositionFinder {
    static let spelledCounts: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "dozen", "dozens", "hundreds", "thousands",
    ]

    /// Does the token hold a number, in digits or spelled out?
    static func isCountWord(_ token: ParagraphView.Token) -> Bool {
        token.kind == .word && (token.lower.first?.isNumber == true || spelledCounts.contains(token.lower))
    }
}
