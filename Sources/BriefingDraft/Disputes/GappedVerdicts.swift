import BriefingModel

/// "…, a figure the ministry called “exaggerated.”", "…, a claim the agency termed “false”": the
/// verb of naming has lost its object to the claim noun before its subject, so all it says is one
/// word judging the clause before that noun. A word that discredits ("exaggerated", "outdated")
/// doubts it; one that calls it unfounded ("baseless", "false") denies it. Found among the lost
/// dispute sides of development set I, read as the agency asserting its own name.
extension PositionFinder {
    /// The stance of the naming verb at `cue` when its object is gapped that way; nil otherwise
    /// (an object after the verb, "called the report “biased”", is read by `condemnsStatement`).
    static func gappedVerdict(cue: Int, sentence s: Int, in p: Int, text: AttributionText) -> Stance? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard D.namingVerbs.contains(tokens[cue].lower) else { return nil }
        let end = view.sentenceTokens[s].upperBound
        // The rest of the clause is one word, in quotes or not: "called “exaggerated.”".
        var verdict: String?
        var k = cue + 1
        while k < end {
            let token = tokens[k]
            if token.kind == .word {
                guard verdict == nil else { return nil }
                verdict = token.lower
            } else if token.kind == .punct, [",", ";", ":"].contains(token.lower), token.depth == 0 {
                break
            }
            k += 1
        }
        // The claim noun opens the relative clause: ", a claim the agency called …".
        guard let verdict, let claim = gappedClaim(before: cue, sentence: s, in: p, text: text) else { return nil }
        if D.discreditWords.contains(verdict) || verdict == "overstated" { return .questions }
        if D.denyWords.contains(verdict) || D.falsityWords.contains(verdict) { return .denies }
        // "…, an allegation the party called “desperate”": one word the accused gives a charge
        // dismisses it, whatever the word, unless it grants the charge some weight.
        if D.claimNouns.contains(claim.noun), !D.truthWords.contains(verdict), !weightWords.contains(verdict) { return .denies }
        return nil
    }

    /// Words that grant a charge weight: "an allegation the minister called “serious”".
    static let weightWords = D.words("""
        serious grave plausible credible valid legitimate concerning alarming troubling worrying disturbing
        important significant understandable
        """)
}
