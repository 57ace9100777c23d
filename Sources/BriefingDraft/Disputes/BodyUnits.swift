import BriefingModel

/// "A WTO panel ruled in November 2022 that …", "an OAS audit that reported …", "the agency's
/// inspectors found that …": a body's panel, audit or team speaks for the body that the name
/// before the noun gives, as its spokesman does. Only an organisation: "a Kenyan court ruled"
/// is a court, not its country taking a side.
extension PositionFinder {
    static let bodyUnitNouns: Set<String> = D.documentNouns.union(D.words("""
        panel panels auditors inspectors inspection investigators probe tribunal committee team mission \
        monitors experts board commission
        """))

    static func bodyUnitSubject(before t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let k = wordBeforeVerb(t, in: p, floor: floor, passing: ["also", "later", "previously", "earlier", "that", "which"], text: text)
        // "an OAS audit that reported": the relative pronoun only right after the noun.
        guard k > floor, tokens[k].kind == .word, tokens[k].depth == 0, !tokens[k].isCapitalized, bodyUnitNouns.contains(tokens[k].lower),
              let body = view.mention(endingAt: k - 1), body.kind == .organization else { return nil }
        // The name opens its noun phrase: "a WTO panel", "the IAEA's inspectors", not "the panel on WTO".
        let before = body.first - 1
        guard before < floor || L.determiners.contains(tokens[before].lower) || tokens[before].kind == .punct else { return nil }
        return body.actor
    }

    /// The last word of the subject before verb `t`: back over up to four auxiliaries and the
    /// adverbs (or relative pronouns) `passing` names ("has also", "that later").
    static func wordBeforeVerb(_ t: Int, in p: Int, floor: Int, passing: Set<String>, text: AttributionText) -> Int {
        let tokens = text.paragraphs[p].tokens
        var k = t - 1
        while k >= floor, k >= t - 4, tokens[k].kind == .word, tokens[k].depth == 0,
              D.auxiliaries.contains(tokens[k].lower) || passing.contains(tokens[k].lower) {
            k -= 1
        }
        return k
    }
}
