/// "The opposition, which called the amnesty a “gift for friends,” said it would appeal":
/// two forms that an inverted-verb reading got wrong.
/// - "…,” said it would …": a verb followed by a pronoun and a further word opens a reported
///   clause ("said [that] it would"); it is not the inverted "…,” said he." The subject stands
///   before the verb, as in any "X said it would".
/// - "the opposition" names the group voice or party introduced with that word ("Opposition
///   lawmakers", "Opposition parties"), never the country or the latest body; past the window
///   of recent paragraphs, when the text has only one such voice.
extension AttributionText {
    func isVerbBeforeItsClause(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        guard t + 2 < tokens.count, tokens[t + 1].kind == .word, ["it", "they", "we"].contains(tokens[t + 1].lower),
              tokens[t + 2].kind == .word, tokens[t + 2].depth == 0 else { return false }
        return true
    }

    func oppositionVoice(head: String, before position: Position) -> String? {
        guard head == "opposition" else { return nil }
        let isOpposition: (String) -> Bool = { $0.lowercased().split(separator: " ").first == "opposition" }
        if let latest = latestActor(before: position, kinds: [.other, .group, .organization], matching: isOpposition) { return latest }
        // Named paragraphs before the window: the one such voice of the text, when there is one.
        let named = actors.values.filter { [.other, .group, .organization].contains($0.kind) && isOpposition($0.name) }
        return named.count == 1 ? named[0].name : nil
    }
}
