/// "the study relied on “optimistic assumptions” about the cost", "the forecast rests on
/// unrealistic assumptions": a finding said to stand on assumptions judged wrong is a finding
/// rejected. Only a verb of resting before the judged assumptions: "the plan rests on three
/// assumptions" and "the bank revised its optimistic assumptions" judge nothing.
extension PositionFinder {
    private static let restingVerbs: Set<String> = [
        "relied", "relies", "rely", "relying", "rests", "rest", "rested", "resting", "based", "built",
        "hinges", "hinged", "depends", "depended",
    ]

    private static let wrongAssumptions: Set<String> = [
        "optimistic", "unrealistic", "flawed", "faulty", "false", "wrong", "rosy", "questionable", "outdated", "erroneous",
    ]

    static func restsOnFlawedAssumptions(_ lowers: [String], at index: Int) -> Bool {
        guard ["assumptions", "assumption", "premises", "premise"].contains(lowers[index]), index > 1 else { return false }
        let before = lowers[max(0, index - 6)..<index].filter { $0.first?.isLetter ?? false }
        guard let judged = before.lastIndex(where: wrongAssumptions.contains) else { return false }
        return before[..<judged].suffix(4).contains(where: restingVerbs.contains)
    }
}
