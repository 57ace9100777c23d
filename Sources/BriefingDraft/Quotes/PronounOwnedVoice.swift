/// "His office later said …", "Her aides said …", "“…,” his spokesman said": the office, aides or
/// spokesperson of a person named only through "his" or "her" speak for that person, as
/// "Prime Minister X's office said" speaks for X. The pronoun is resolved as "he" or "she"
/// (gender checked), not taken as the latest person named, who may be someone else.
extension AttributionText {
    /// Nouns for the people and offices that speak for their owner.
    static let ownVoiceNouns: Set<String> = [
        "office", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "staff", "entourage", "camp",
    ]

    /// The person a description from "his"/"her" at `start` to its head at `j` speaks for; nil
    /// unless the head is such a noun and the words between are lower-case modifiers.
    func pronounOwner(ofDescriptionFrom start: Int, to j: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard start < j, Self.ownVoiceNouns.contains(tokens[j].lower),
              let pronoun = ["his": "he", "her": "she"][tokens[start].lower],
              (start + 1...j).allSatisfy({ tokens[$0].kind == .word && tokens[$0].depth == 0 && !tokens[$0].isCapitalized })
        else { return nil }
        return resolvePronoun(pronoun, at: Position(paragraph: p, token: start))
    }
}
