/// "His office later said …", "Her aides said …", "“…,” his spokesman said": the office, aides or
/// spokesperson of a person named only through "his" or "her" speak for that person, as
/// "Prime Minister X's office said" speaks for X. The pronoun is resolved as "he" or "she"
/// (gender checked), not taken as the latest person named, who may be someone else.
/// "Her organisation denies that she called for violence": the body a person so named belongs
/// to speaks as itself (the drafted affiliation), as "the trust" would.
extension AttributionText {
    /// Nouns for the people and offices that speak for their owner.
    static let ownVoiceNouns: Set<String> = [
        "office", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "staff", "entourage", "camp",
    ]

    /// Nouns for a body its member or head belongs to.
    static let ownBodyNouns: Set<String> = [
        "organisation", "organization", "group", "party", "union", "trust", "association", "movement", "charity", "employer",
    ]

    /// The person a description from "his"/"her" at `start` to its head at `j` speaks for, or for
    /// a body noun the body that person belongs to; nil unless the head is such a noun and the
    /// words between are lower-case modifiers.
    func pronounOwner(ofDescriptionFrom start: Int, to j: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        let head = tokens[j].lower
        guard start < j, Self.ownVoiceNouns.contains(head) || Self.ownBodyNouns.contains(head),
              let pronoun = ["his": "he", "her": "she"][tokens[start].lower],
              (start + 1...j).allSatisfy({ tokens[$0].kind == .word && tokens[$0].depth == 0 && !tokens[$0].isCapitalized }),
              let person = resolvePronoun(pronoun, at: Position(paragraph: p, token: start))
        else { return nil }
        guard Self.ownBodyNouns.contains(head) else { return person }
        guard let body = actors[person]?.affiliation, let kind = actors[body]?.kind, kind != .person, kind != .country else { return nil }
        return body
    }

    /// The body a sentence opening "Her organisation …" names, for an "it" in the sentences after.
    func ownedBodySubject(of range: Range<Int>, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard let start = range.first, ["his", "her"].contains(tokens[start].lower) else { return nil }
        for j in start + 1..<min(range.upperBound, start + 4) where Self.ownBodyNouns.contains(tokens[j].lower) {
            return pronounOwner(ofDescriptionFrom: start, to: j, in: p)
        }
        return nil
    }
}
