import BriefingModel

/// "the state had breached European Union law", "the EU’s reception conditions directive",
/// "under WTO rules": an international body named only as the owner of its rules or funds
/// does nothing in that sentence, and is no actor there. ("EU sanctions" and "EU leaders" are
/// left alone: those act; so is "a candidate for EU membership", which makes the body the
/// other party, as the gold of set B keeps it.)
extension NameFinding {
    static let rulesNouns: Set<String> = [
        "law", "laws", "rules", "regulation", "regulations", "directive", "directives", "legislation", "treaty",
        "treaties", "standards", "norms", "guidelines", "funds", "funding", "charter",
    ]

    /// Whether the name is followed (after an optional possessive) by at most three lowercase
    /// words whose last is a noun of rules or funds.
    static func namesOnlyItsRules(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        var t = chunk.tokens.upperBound
        if sentence.token(t)?.kind == .possessive { t += 1 }
        var last: String?
        var count = 0
        while count < 3, let token = sentence.token(t), token.isWord, !token.isCapitalized, !NameLexicon.functionWords.contains(token.lower) {
            last = token.lower
            count += 1
            t += 1
        }
        guard let last, rulesNouns.contains(last) else { return false }
        // The phrase ends there: not "EU law enforcement agencies".
        if let next = sentence.token(t), next.isWord, !next.isCapitalized, !NameLexicon.functionWords.contains(next.lower) { return false }
        return true
    }
}
