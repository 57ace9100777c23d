/// What an apposition set off by commas between a subject and its verb says about the subject.
///
/// - "Ana Ruiz, an analyst at the think tank Civic Lens, questioned …": the apposition's head is
///   a common noun ("an analyst") and the name at its end is the object of a preposition, so the
///   subject is the name before the first comma, not the body the person works for.
/// - "The owner, a Malta-registered firm called Blue Reef Shipping, said …": a subject that is a
///   bare description ("the owner", "its operator") is named by the apposition, whatever the verb.
extension PositionFinder {
    /// Prepositions that make the name after them a complement inside the apposition.
    static let complementPrepositions: Set<String> = ["at", "of", "for", "with", "from", "in", "on", "to"]

    /// The name before the apposition that runs from `start` to the mention at `nameStart`,
    /// when a preposition (not a "called" or "named" after it) puts that mention inside a phrase
    /// of the apposition's head.
    static func nameDescribed(byAppositionFrom start: Int, to nameStart: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard start < nameStart, ["a", "an"].contains(tokens[start].lower) || !tokens[start].isCapitalized else { return nil }
        guard let preposition = (start..<nameStart).last(where: { tokens[$0].kind == .word && complementPrepositions.contains(tokens[$0].lower) }),
              !(preposition..<nameStart).contains(where: { ["called", "named"].contains(tokens[$0].lower) }) else { return nil }
        let comma = start - 1
        guard comma > floor, let subject = view.mention(endingAt: comma - 1), !subject.possessive, subject.first >= floor,
              (floor..<subject.first).allSatisfy({ tokens[$0].kind == .word && tokens[$0].lower == "the" }) else { return nil }
        return subject.actor
    }

    /// For a verb of saying: the name in an apposition after a subject that names no actor
    /// ("The owner, a … firm called Blue Reef Shipping, said"). Verbs of denying and doubting
    /// read every apposition in `subjectNextTo`.
    static func describedSubjectsAppositive(before t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard !["according", "to"].contains(tokens[t].lower), t - 1 > floor, tokens[t - 1].kind == .punct, tokens[t - 1].lower == ",",
              tokens[t - 1].depth == 0, let named = appositive(endingAt: t - 2, in: p, floor: floor, text: text),
              let last = view.mention(endingAt: view.beforeAbbreviation(t - 2)) else { return nil }
        // The subject before the first comma is a description: no actor is named in it but an
        // owner ("Kenya's main opposition party, the Orange Democratic Movement, said").
        var c = last.first - 1
        while c > floor, !(tokens[c].kind == .punct && tokens[c].lower == ",") { c -= 1 }
        guard c > floor, !view.mentions.contains(where: { $0.first >= floor && $0.first < c && !$0.possessive }) else { return nil }
        return named
    }
}
