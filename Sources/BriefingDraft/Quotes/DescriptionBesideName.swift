/// "an allegation the smelter's owner, Kafue Metals, denied", "the airline's operator, Lotus
/// Wing Air, said": a description set off beside a name by commas is that name, whatever its
/// kind. (Before, a person noun such as "owner" went to the latest person, which was right only
/// while such a company was taken for a person.)
extension AttributionText {
    func nameBeside(descriptionEndingAt j: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        guard j + 2 < view.tokens.count, view.tokens[j + 1].kind == .punct, view.tokens[j + 1].lower == ",",
              let named = view.mention(startingAt: j + 2), !named.possessive, !named.inQuote,
              named.last + 1 < view.tokens.count, view.tokens[named.last + 1].kind == .punct, view.tokens[named.last + 1].lower == "," else { return nil }
        return named.actor
    }
}
