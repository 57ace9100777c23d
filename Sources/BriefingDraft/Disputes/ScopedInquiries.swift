import BriefingModel

/// "told the broadcaster the inspection had covered only two months", "said the review had only
/// examined contracts signed after 2021": an inquiry said to have looked at only part of the
/// matter doubts what it is said to show; the speaker questions, not asserts. Only with a noun of
/// inquiry before the verb of scope: "said only 12 people were hurt" is a count, and "the
/// inspection covered all 40 sites" sets no limit.
extension PositionFinder {
    static let inquiryNouns: Set<String> = D.words("""
        inspection inspections review reviews audit audits investigation investigations inquiry probe
        check checks study survey sample tests
        """)
    static let scopeVerbs: Set<String> = D.words("""
        covered covers cover looked look looks examined examines checked tested included includes
        reviewed sampled surveyed counted
        """)

    static func limitsInquiry(_ lowers: [String]) -> Bool {
        for (index, word) in lowers.enumerated() where word == "only" {
            // "covered only two months" or "had only covered two months".
            let verb: Int
            if index > 0, scopeVerbs.contains(lowers[index - 1]) {
                verb = index - 1
            } else if index + 1 < lowers.count, scopeVerbs.contains(lowers[index + 1]) {
                verb = index
            } else { continue }
            let before = lowers[max(0, verb - 5)..<verb]
            // Not past a clause break: the inquiry is the verb's own subject.
            let clause = before.reversed().prefix { ![",", ";", ":", "and", "but"].contains($0) }
            if clause.contains(where: { inquiryNouns.contains($0) }) { return true }
        }
        return false
    }
}
