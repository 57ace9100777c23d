/// "A Commission spokesperson said … “The EU has one of the most open markets,” the
/// spokesperson, Lucia Ferrante, told a briefing": a person named after a definite title ("the
/// spokesperson, X", "the spokesman X") is the one that title introduced shortly before with its
/// body ("A Commission spokesperson", "a ministry spokesman") — so, for the dispute camps, that
/// body's. Only when the body word names one organisation of the text, and the person has no
/// affiliation: the drafted actors stay as they are. Without it the camp's answer right after its
/// denial reads as a lone assertion.
extension TitleCamps {
    typealias Body = (name: String, words: Set<String>)
    static let recallReach = 400

    static func recalledBody(of mention: ParagraphView.Mention, in p: Int, text: AttributionText, bodies: [Body]) -> String? {
        let tokens = text.paragraphs[p].tokens
        // "the spokesperson, X" or "the spokesperson X": the title, then "the" before it.
        var h = mention.first - 1
        if h >= 0, tokens[h].lower == "," { h -= 1 }
        guard h >= 1, tokens[h].kind == .word, tokens[h].depth == 0, L.personNouns.contains(tokens[h].lower),
              tokens[h - 1].lower == "the" else { return nil }
        let title = tokens[h].lower
        // The same title after a body word, earlier in this paragraph or in the two before;
        // at most `recallReach` tokens back, whatever the text's paragraphs.
        var budget = recallReach
        for q in stride(from: p, through: max(0, p - 2), by: -1) {
            let earlier = text.paragraphs[q].tokens
            let end = q == p ? h - 1 : earlier.count
            let start = max(1, end - budget)
            guard budget > 0 else { break }
            guard start < end else { continue }
            budget -= end - start
            for k in stride(from: end - 1, through: start, by: -1) where earlier[k].lower == title && earlier[k].kind == .word {
                let kind = earlier[k - 1]
                guard kind.kind == .word, kind.isCapitalized || NameLexicon.organizationCues.contains(kind.lower) else { continue }
                let named = bodies.filter { $0.words.contains(kind.lower) }
                if named.count == 1 { return named[0].name }
            }
        }
        return nil
    }
}
