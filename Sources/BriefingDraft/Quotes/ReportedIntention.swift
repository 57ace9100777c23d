import BriefingModel

/// "The ministry said Peru would respond “in a way Lima will notice”": a verb of saying that
/// a modal or "to" governs, inside the clause an earlier verb of saying in the same sentence
/// reports, tells what the reported subject will do; the quote is the reporting subject's.
extension AttributionText {
    static let modalWords: Set<String> = ["would", "will", "could", "might", "may", "shall", "should", "must", "can", "to"]

    func isReportedIntention(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        // "would respond", "would also respond", "vowed to respond".
        var m = t - 1
        if m >= 0, tokens[m].kind == .word, ["also", "not", "never", "only"].contains(tokens[m].lower) || tokens[m].lower.hasSuffix("ly") { m -= 1 }
        guard m >= 0, tokens[m].kind == .word, tokens[m].depth == 0, Self.modalWords.contains(tokens[m].lower) else { return false }
        let sentence = tokens[t].sentence
        var k = m - 1
        while k >= 0, tokens[k].sentence == sentence {
            if tokens[k].depth == 0, tokens[k].kind == .word, L.speechVerbs.contains(tokens[k].lower), isCue(p, k) { return true }
            k -= 1
        }
        return false
    }
}
