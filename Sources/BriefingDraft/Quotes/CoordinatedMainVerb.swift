/// "She said the union's demand was a pay rise, which the company could not afford while it
/// was preparing a listing, and accused union leaders of …": a verb after ", and" is the main
/// clause's second verb, so its subject is the sentence's subject, not that of a "while" or
/// "because" clause that ends at the comma.
extension AttributionText {
    func isCoordinatedMainVerb(before limit: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        guard limit >= 1, limit < tokens.count, tokens[limit].kind == .word, tokens[limit].depth == 0,
              ["and", "but"].contains(tokens[limit].lower) else { return false }
        return tokens[limit - 1].kind == .punct && tokens[limit - 1].lower == ","
    }
}
