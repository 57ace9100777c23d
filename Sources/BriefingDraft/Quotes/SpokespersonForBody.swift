import BriefingModel

/// "A spokesperson for Delta Vance declined to comment, saying only that the company “…”": a
/// clause whose subject is an unnamed voice of a body ("a spokesperson for X", "an official at
/// X") gives a participle of saying that body, though X stands after a preposition.
extension AttributionText {
    /// Nouns for an unnamed person who speaks for a body named after a preposition.
    static let voiceOfBodyNouns: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "representative", "representatives",
    ]

    /// The body an opening "a/an/the <modifiers> <voice> for/at/of/from X" speaks for, or nil
    /// when the clause from `start` opens with anything else (a name, a pronoun, a verb).
    func bodyOfOpeningVoice(from start: Int, before limit: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard start < limit, tokens[start].kind == .word, tokens[start].depth == 0,
              ["a", "an", "the", "one"].contains(tokens[start].lower) else { return nil }
        var k = start + 1
        // Up to three lower-case modifiers ("a senior government official").
        while k < limit, k <= start + 4 {
            let token = tokens[k]
            guard token.kind == .word, token.depth == 0, view.mention(startingAt: k) == nil else { return nil }
            if Self.voiceOfBodyNouns.contains(token.lower) {
                guard k + 1 < limit, ["for", "at", "of", "from"].contains(tokens[k + 1].lower) else { return nil }
                // "The spokesman for the ministry, Jan Berg, declined …": the name set beside it speaks.
                for comma in (k + 2)..<limit where tokens[comma].lower == "," && tokens[comma].depth == 0 {
                    if comma + 1 < limit, tokens[comma + 1].isCapitalized || view.mention(startingAt: comma + 1)?.kind == .person { return nil }
                }
                return describedActor(endingAt: k, in: p)
            }
            guard !token.isCapitalized else { return nil }
            k += 1
        }
        return nil
    }
}
