import BriefingModel

/// "Farmers in the valley did not believe her.", "The union did not believe the company.": not
/// believing someone, with no clause after, rejects what that someone said — a denial by its
/// verb, answering the claim before it (whose, when the object names an actor). With a clause
/// ("did not believe the dam would hold") it is a doubt about what is reported, and is left
/// to the rules for doubt; "believed him" alone takes no side.
extension PositionFinder {
    static let believeVerbs: Set<String> = ["believe", "believed", "believes", "trust", "trusted", "trusts"]
    static let disbelievedPronouns: Set<String> = ["him", "her", "them", "it", "this", "that", "either", "anyone"]

    static func isDisbelief(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard tokens[t].kind == .word, tokens[t].depth == 0, believeVerbs.contains(tokens[t].lower), t >= 2 else { return false }
        // Negated: "did not believe", "never believed", "don't believe".
        let previous = tokens[t - 1].lower
        guard previous == "never" || previous.hasSuffix("n't") || (previous == "not" && ["did", "do", "does", "could", "would"].contains(tokens[t - 2].lower)) else { return false }
        // The object, then the clause ends: a pronoun, a name, or "the" and a noun.
        var k = t + 1
        guard k < tokens.count, tokens[k].depth == 0 else { return false }
        if let mention = view.mention(startingAt: k), !mention.possessive {
            k = mention.last + 1
        } else if tokens[k].kind == .word, disbelievedPronouns.contains(tokens[k].lower) {
            k += 1
        } else if tokens[k].kind == .word, ["the", "its", "their"].contains(tokens[k].lower), k + 1 < tokens.count, tokens[k + 1].kind == .word {
            k += 2
        } else {
            return false
        }
        // "either" and a closing adverb: "did not believe him either", "did not believe it at all".
        while k < tokens.count, tokens[k].kind == .word, ["either", "at", "all", "anymore", "for", "a", "moment", "then", "now"].contains(tokens[k].lower) { k += 1 }
        return k >= tokens.count || tokens[k].kind == .punct && [".", ",", ";", "—", ":"].contains(tokens[k].lower) && tokens[k].depth == 0
    }

    /// The actor whose word is not believed, when the object names one ("did not believe the company").
    static func disbelieved(_ p: Int, _ t: Int, actor: String, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        guard t + 1 < view.tokens.count, let mention = view.mention(startingAt: t + 1) ?? (view.tokens[t + 1].lower == "the" ? view.mention(startingAt: t + 2) : nil),
              mention.actor != actor, !mention.possessive else { return nil }
        return mention.actor
    }
}
