/// "Ahmad Zulkifli, secretary-general of the ruling party, speaking to reporters, said …",
/// "Ingrid Solberg, chief economist at Nordea Bank, writing in a note to clients, said …": a
/// name, its appositive, then an aside a participle or a preposition opens. Read from the
/// verb back, the body that ends the appositive stands just before the aside and was taken for
/// the subject; the subject is the name before the appositive.
extension AttributionText {
    /// The subject before an appositive and an aside: the aside runs from `comma` + 1 to the
    /// verb's comma, the appositive from the comma before it; nil unless the aside opens with a
    /// participle or a preposition and the appositive with a lower-case word (a title or "who").
    func subjectBeforeAppositiveAndAside(asideFrom comma: Int, floor: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard comma + 1 < tokens.count, opensAside(comma + 1, in: p),
              let c = commaOpening(phraseEndingAt: comma, floor: floor, in: p, within: 14), c + 1 < comma, c - 1 >= floor,
              tokens[c + 1].kind == .word, !tokens[c + 1].isCapitalized, view.mention(startingAt: c + 1) == nil,
              !opensAside(c + 1, in: p),
              let mention = view.mention(endingAt: c - 1), !mention.possessive, !mention.compound else { return nil }
        // The name must open the clause ("In Paris, the minister, speaking …" is not this form).
        guard let named = subject(endingAt: c - 1, floor: floor, in: p, appositives: 0),
              mainSubject(of: tokens[c].sentence, in: p, before: c) == named else { return nil }
        return named
    }

    /// A lower-case participle ("speaking", "writing") or preposition ("in", "on") opening a phrase.
    func opensAside(_ t: Int, in p: Int) -> Bool {
        let token = paragraphs[p].tokens[t]
        guard token.kind == .word, token.depth == 0, !token.isCapitalized else { return false }
        return L.isParticiple(token.lower) || L.prepositions.contains(token.lower)
    }
}
