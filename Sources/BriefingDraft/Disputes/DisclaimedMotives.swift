/// "the troops were deployed to protect voters “and for no other purpose”", "the checks were
/// carried out for no other reason": a purpose or reason said to be the only one denies the
/// motive the other side imputes. Not "arrested for no other reason than his reporting", which
/// names the motive and accuses.
extension PositionFinder {
    private static let motiveNouns: Set<String> = ["purpose", "reason", "aim", "motive", "goal", "intention"]

    static func disclaimsMotive(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "other", index >= 2, lowers[index - 1] == "no", ["for", "with"].contains(lowers[index - 2]),
              index + 1 < lowers.count, motiveNouns.contains(lowers[index + 1]) else { return false }
        let after = lowers[(index + 2)...].first { $0 != "\"" } ?? ""
        return !["than", "but", "except"].contains(after)
    }
}
