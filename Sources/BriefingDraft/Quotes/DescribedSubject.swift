import BriefingModel

/// "The minister later met Marta Nowicka. “…,” he said": a sentence whose subject is a
/// definite description of a titled person gives a later "he" or "she" that person, not a
/// name that stands later in the sentence as an object.
extension AttributionText {
    /// The person a sentence's opening "the <modifiers> <title>" stands for: a person the text
    /// has given that title ("Finance Minister Tomasz Wilk" for "the minister"), else nil.
    func describedSubject(of range: Range<Int>, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard let start = range.first, tokens[start].kind == .word, tokens[start].lower == "the" else { return nil }
        var k = start + 1
        while k < range.upperBound, k <= start + 4 {
            let token = tokens[k]
            guard token.kind == .word, token.depth == 0, view.mention(startingAt: k) == nil else { return nil }
            if L.personNouns.contains(token.lower) {
                // "the minister, Tomasz Wilk," and "the leader of the union" leave it to the name or the owner.
                if k + 1 < range.upperBound {
                    let next = tokens[k + 1]
                    if next.kind != .word || view.mention(startingAt: k + 1) != nil || ["of", "for", "at", "from"].contains(next.lower) { return nil }
                    if L.personNouns.contains(next.lower) { k += 1; continue }
                }
                guard let actor = describedActor(endingAt: k, in: p), actors[actor]?.kind == .person,
                      actors[actor]?.role?.lowercased().contains(token.lower) == true else { return nil }
                return actor
            }
            k += 1
        }
        return nil
    }
}
