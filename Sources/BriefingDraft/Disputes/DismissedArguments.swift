/// Denial that news carries in a verdict on the other side's reasoning rather than a verb of
/// denying: "experts say that argument carries little weight", "the explanation does not hold
/// water", "the opposition is looking for excuses for its defeat"; and an answer that a thing
/// stayed "within safe limits", "within the limits set by law", "within its design limits" —
/// said against a claim of harm or excess, it denies it. Each reading is narrow: "carries no
/// weight limit", "an excuse to ban the party" (a pretext charged, which accuses), "within 48
/// hours" and "within the limits of the city" stay as they are.
extension PositionFinder {
    private static let carryVerbs: Set<String> = ["carry", "carries", "carried", "carrying", "hold", "holds", "held", "holding"]
    private static let seekVerbs: Set<String> = ["looking", "searching", "seeking", "making", "finding", "inventing"]

    /// "carries little weight", "holds no water", "does not hold water", "are looking for excuses".
    static func dismissesArgument(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        let next = index + 1 < lowers.count ? lowers[index + 1] : ""
        let second = index + 2 < lowers.count ? lowers[index + 2] : ""
        if carryVerbs.contains(word), ["little", "no"].contains(next), second == "weight" || (second == "water" && word.hasPrefix("hold")) {
            // "carries no weight limit": a noun after "weight" names a thing.
            let third = index + 3 < lowers.count ? lowers[index + 3] : ""
            return third.isEmpty || !(third.first?.isLetter ?? false) || ["with", "in", "at", "and", "because", "since"].contains(third)
        }
        if word.hasPrefix("hold"), next == "water", index > 0 {
            return lowers[max(0, index - 2)..<index].contains { ["not", "never", "cannot"].contains($0) || $0.hasSuffix("n't") }
        }
        if word == "excuses", index > 0 {
            // "looking for excuses", "making excuses": not "an excuse to ban", which charges a pretext.
            let before = lowers[index - 1] == "for" && index > 1 ? lowers[index - 2] : lowers[index - 1]
            return seekVerbs.contains(before) && next != "to"
        }
        return false
    }

    private static let limitNouns: Set<String> = ["limits", "limit", "norms", "standards", "thresholds"]
    private static let limitModifiers: Set<String> = [
        "the", "its", "their", "our", "safe", "safety", "legal", "permitted", "permissible", "allowed", "acceptable",
        "national", "international", "design", "regulatory", "statutory", "normal", "set", "agreed",
    ]

    /// "air readings stayed “within safe limits”", "his shift was within the limits set by law",
    /// "the dam was operating within its design limits": up to three modifiers between "within"
    /// and the noun, none of them a number ("within 48 hours") or a name, and no "of" after it
    /// ("within the limits of the city" places a thing).
    static func staysWithinLimits(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "within" else { return false }
        var k = index + 1
        while k < lowers.count, k <= index + 4 {
            let word = lowers[k]
            if word == "\"" { k += 1; continue }
            if limitNouns.contains(word) {
                let after = k + 1 < lowers.count ? lowers[k + 1] : ""
                return !["of", "on", "to"].contains(after)
            }
            guard limitModifiers.contains(word) else { return false }
            k += 1
        }
        return false
    }
}
