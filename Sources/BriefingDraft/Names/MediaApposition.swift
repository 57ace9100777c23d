/// "The Karenni Voice, a news outlet run by exiles, put the toll at 41": a name set beside a
/// description whose head is a word for an outlet is an outlet, even when the gazetteer knows
/// the name as a place (a paper named after a river or a town). A nationality may describe it
/// ("Bivol, a Bulgarian investigative news site, reported …").
extension NameFinding {
    /// Nouns that head a description of an outlet; "agency" and "site" only after "news".
    static let outletNouns: Set<String> = [
        "outlet", "newspaper", "broadcaster", "daily", "tabloid", "magazine", "newswire", "weekly", "website",
        "channel", "station", "portal",
    ]

    /// After the name ending at `end`: ", a/an/the" and at most four lower-case words, the last an
    /// outlet noun closing the phrase (", an exile-run news outlet,", ", a local newspaper that").
    func isOutletApposition(after end: Int, in sentence: AnalyzedSentence) -> Bool {
        guard sentence.token(end)?.text == ",", let article = sentence.token(end + 1),
              ["a", "an", "the"].contains(article.lower) else { return false }
        var t = end + 2
        var head: Int?
        // A nationality may stand among the words ("Bivol, a Bulgarian investigative news site,").
        while let word = sentence.token(t), t - end <= 6, word.isWord,
              (!word.isCapitalized && sentence.chunkAt[t] == nil) || gazetteer.country(demonym: word.text) != nil {
            let previous = sentence.tokens[t - 1].lower
            if Self.outletNouns.contains(word.lower) || (["agency", "site", "service"].contains(word.lower) && previous == "news") { head = t }
            t += 1
            if head != nil { break }
        }
        guard let head, let next = sentence.token(head + 1) else { return head != nil }
        // "a newspaper's editor": the outlet owns what follows; the name is someone else.
        if next.kind == .possessive { return false }
        return !next.isWord || ["that", "which", "run", "owned", "based", "in", "of", "with", "and", "close", "linked", "funded"].contains(next.lower)
    }
}
