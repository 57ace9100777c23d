import BriefingModel

/// "“Our members operate under some of the strictest permits in the region,” said its secretary
/// general", "we follow the highest safety standards": a speaker saying its own side works under
/// the strictest rules defends its conduct, as calling it lawful does (`justifiesItself`), so it
/// answers a charge of harm. Read off set D (a miners' body's defence drafted as asserting). Only
/// with the speaker's own "we"/"our" or "its" clause, and not as a demand ("we call for the
/// strictest rules", "the toughest standards are needed").
extension PositionFinder {
    static let strictnessSuperlatives: Set<String> = ["strictest", "toughest", "highest", "tightest", "most"]
    static let ruleNouns: Set<String> = [
        "permits", "permit", "standards", "standard", "rules", "regulations", "controls", "safeguards", "requirements", "norms",
    ]
    static let demandWords: Set<String> = [
        "call", "calls", "called", "calling", "demand", "demands", "demanded", "want", "wants", "wanted", "need", "needs", "needed",
        "urge", "urged", "urges", "should", "must", "propose", "proposed", "proposes", "push", "pushed", "pushing", "seek", "sought",
    ]

    /// Does the statement in `segment` say its subject works under the strictest rules?
    static func claimsStrictestRules(_ tokens: [ParagraphView.Token], segment: Range<Int>) -> Bool {
        for t in segment where strictnessSuperlatives.contains(tokens[t].lower) {
            var k = t + 1
            // "most stringent", "most rigorous": the superlative is the next word.
            if tokens[t].lower == "most" {
                guard k < segment.upperBound, ["stringent", "rigorous", "demanding", "exacting"].contains(tokens[k].lower) else { continue }
                k += 1
            }
            // Over one describing word: "the highest environmental standards".
            let noun = (k..<min(segment.upperBound, k + 2)).first { ruleNouns.contains(tokens[$0].lower) }
            guard let noun else { continue }
            // "standards are needed", "we call for the strictest rules": a demand, not conduct.
            if (max(segment.lowerBound, t - 5)..<t).contains(where: { demandWords.contains(tokens[$0].lower) }) { continue }
            if noun + 2 < segment.upperBound, ["is", "are", "were", "be"].contains(tokens[noun + 1].lower),
               demandWords.contains(tokens[noun + 2].lower) { continue }
            return true
        }
        return false
    }
}
