import BriefingModel

/// "The farm lobby said quotas had been cut. … The secretary countered that exports were up",
/// "Pemex insisted that its figures were accurate": a verb that says its clause is said back,
/// against what another said, sets it against the account before it as "But X said" does
/// (`resolveContrasts` decides whether that account is another camp's claim). Only with a
/// reported clause after it: "countered the attack" is an act.
extension PositionFinder {
    static let rejoinderVerbs: Set<String> = D.words("counter counters countered countering retort retorts retorted insist insists insisted")

    static func isRejoinder(_ t: Int, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard rejoinderVerbs.contains(tokens[t].lower), tokens[t].depth == 0, t + 1 < tokens.count else { return false }
        // "countered that …", "insisted the figures were right", "retorted: …", "insisted on Monday that …".
        let next = tokens[t + 1]
        return next.lower == "that" || next.kind == .punct || (next.kind == .word && !L.prepositions.contains(next.lower))
            || (t + 4 < tokens.count && (t + 2...t + 4).contains { tokens[$0].lower == "that" })
    }
}
