/// "would examine whether the amnesty was compatible with EU rules", "is reviewing whether the
/// ban applies", "no decision had been taken": a body that says it has yet to judge the matter
/// leaves the question open — it doubts, it does not assert what it will look at, nor deny
/// with its "no". Only an inquiry still to come or under way ("examined whether … and found"
/// reports a finding) and only into a "whether" about a fact ("would examine whether to
/// appeal", "were studying whether they could challenge the acquittal" weigh a plan, no
/// claim); never beside a word that calls the claim false.
extension PositionFinder {
    /// Verbs of looking into a question, in the forms that leave it unsettled (no past tense).
    static let inquiringVerbs: Set<String> = D.words("""
        examine examines examining assess assesses assessing review reviews reviewing study studies studying
        investigate investigates investigating establish establishing determine determining check checks checking
        verify verifying consider considers considering probe probing
        """)
    /// "no decision had been taken", "no decision has yet been made", "no final decision was reached".
    static let decidingParticiples: Set<String> = ["taken", "made", "reached"]

    static func reservesJudgment(_ lowers: [String]) -> Bool {
        guard !lowers.contains(where: D.denyWords.contains) else { return false }
        return lowers.indices.contains { index in
            let word = lowers[index]
            if inquiringVerbs.contains(word) || (["look", "looks", "looking"].contains(word) && index + 1 < lowers.count && lowers[index + 1] == "into") {
                let whether = word.hasPrefix("look") ? index + 2 : index + 1
                guard whether + 1 < lowers.count, ["whether", "if"].contains(lowers[whether]) else { return false }
                // "whether to appeal", "whether or not to", "whether they could challenge the
                // acquittal": a plan weighed, not a fact doubted.
                if ["to", "or"].contains(lowers[whether + 1]) { return false }
                return !(whether + 2 < lowers.count && ["they", "we", "it", "he", "she", "i"].contains(lowers[whether + 1])
                    && ["can", "could", "would", "will", "should", "might", "may"].contains(lowers[whether + 2]))
            }
            if word == "decision", index > 0 {
                // "no decision", "no final decision": one adjective may stand between.
                let no = lowers[index - 1] == "no" || (index > 1 && lowers[index - 2] == "no")
                guard no else { return false }
                let after = lowers[(index + 1)..<min(lowers.count, index + 5)]
                return after.contains(where: decidingParticiples.contains) || after.first == "yet"
            }
            return false
        }
    }
}
