import BriefingModel

/// "Liljana Shehu said she had received nothing until Monday", "said his ministry had received
/// no request for information", "“We were given no warning,” she said": the speaker's own side
/// saying it was given, sent or shown nothing denies that it was told, warned or asked, as a
/// negated verb of its own does (`deniesItself` reads it after the speaker's own subject and its
/// auxiliaries). Read off set S (a resident's denial of notice drafted as asserting). Another's
/// lack ("farmers received no fertiliser") is a charge and is not read here, nor "no longer".
extension PositionFinder {
    static let receivingVerbs: Set<String> = [
        "received", "receive", "receives", "got", "get", "gets", "given", "sent", "shown", "handed", "offered",
    ]

    /// Is the word at `t` a verb of receiving followed by "nothing" or "no" (not "no longer")?
    static func receivedNothing(_ tokens: [ParagraphView.Token], at t: Int, end: Int) -> Bool {
        guard receivingVerbs.contains(tokens[t].lower), t + 1 < end else { return false }
        let next = tokens[t + 1].lower
        if next == "nothing" { return true }
        guard next == "no", t + 2 < end else { return false }
        return !["longer", "sooner", "doubt", "more"].contains(tokens[t + 2].lower)
    }
}
