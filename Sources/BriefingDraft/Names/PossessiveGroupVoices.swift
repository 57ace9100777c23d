/// "Residents' groups welcomed the cut but said it did not go far enough", "Farmers' unions
/// rejected the plan": a body of a plural owner ("residents'", "farmers'") is a voice as "rights
/// groups" is — unnamed, held by its phrase ("Residents' groups"). Only nouns for bodies of
/// people after the owner's mark; "the farmers' fields" names no voice. Only with a verb that
/// takes a side ("rejected", "questioned"), or a saying set against something the group
/// granted first ("welcomed the cut but said …"): "Patients' associations said some people had
/// travelled …" and "Pharmacists' groups said customers had been calling …" report what members
/// saw, and no development gold holds them as actors (sets J, U, W).
extension NameFinding {
    static let possessiveGroupHeads: Set<String> = [
        "groups", "unions", "associations", "organisations", "organizations", "committees", "representatives",
        "councils", "federations", "leaders", "advocates", "cooperatives",
    ]

    /// The plural possessive mark as the tokenizer leaves it: a lone apostrophe after a word.
    static func isPluralPossessiveMark(_ token: NameToken) -> Bool {
        token.kind == .punct && (token.text == "'" || token.text == "\u{2019}")
    }

    /// The head of "residents' groups" when the plural owner is at `k`.
    static func possessiveGroupHead(after k: Int, in tokens: [NameToken]) -> Int? {
        guard k >= 0, k + 2 < tokens.count, tokens[k].isWord, tokens[k].lower.hasSuffix("s"), tokens[k].lower.count > 3,
              isPluralPossessiveMark(tokens[k + 1]), tokens[k + 2].isWord, possessiveGroupHeads.contains(tokens[k + 2].lower) else { return nil }
        return k + 2
    }

    static let plainSayings: Set<String> = ["said", "say", "says", "told", "tell", "tells"]

    /// The verb found for the group at `verb` takes a side: not a plain saying, unless after "but".
    static func possessiveGroupTakesSide(_ tokens: [NameToken], verb v: Int) -> Bool {
        guard v < tokens.count else { return false }
        return !plainSayings.contains(tokens[v].lower) || (v > 0 && tokens[v - 1].lower == "but")
    }
}
