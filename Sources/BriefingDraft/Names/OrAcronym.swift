/// "the Movement for Socialism, or MAS, which lost": news copy introduces a body's acronym
/// after ", or" as often as in parentheses, and the acronym need not spell the English name
/// (it is often the body's own language), so the construction itself makes the alias;
/// ", known as INDECOM," and ", known as Migri," introduce one the same way, as does
/// ", a Brest-based body known as Cedre,".
extension NameFinding {
    mutating func orAcronymAlias(after chunk: NameChunk, in sentence: AnalyzedSentence) {
        switch chunk.kind {
        case .organization, .international, .institution, .media, .name: break
        default: return
        }
        let end = chunk.tokens.upperBound
        guard chunk.tokens.count >= 2, let comma = sentence.token(end), comma.text == "," else { return }
        // "…, or MAS," and "…, known as INDECOM," / "…, also known as INDECOM,".
        var a = end + 1
        // "…, a Brest-based body known as Cedre,": an apposition of a few words that ends in
        // what the body is comes before "known as".
        if let article = sentence.token(a), ["a", "an"].contains(article.lower) {
            var k = a + 1
            while k < a + 5, let word = sentence.token(k), word.isWord, !word.isCapitalized || word.text.contains("-"),
                  !NameLexicon.organizationDescriptors.contains(word.lower) { k += 1 }
            guard let descriptor = sentence.token(k), NameLexicon.organizationDescriptors.contains(descriptor.lower),
                  sentence.token(k + 1)?.lower == "known" else { return }
            a = k + 1
        }
        if sentence.token(a)?.lower == "also" { a += 1 }
        var knownAs = false
        if sentence.token(a)?.lower == "known", sentence.token(a + 1)?.lower == "as" {
            a += 2
            knownAs = true
        } else if a == end + 1, sentence.token(a)?.lower == "or" {
            a += 1
        } else {
            return
        }
        // "The Finnish Immigration Service, known as Migri,": after "known as", a short name in
        // mixed case is one too; after ", or" only an acronym is.
        guard let acronym = sentence.token(a), acronym.text.count >= 2,
              acronym.isAcronym || (knownAs && acronym.isWord && acronym.isCapitalized) else { return }
        // The acronym closes its phrase: "…, or MAS," / "…, or MAS." — not "…, or EU members".
        if let after = sentence.token(a + 1), ![",", ".", ";", ")", "—", "–"].contains(after.text) { return }
        // A name set beside the acronym only when it is a body's, not a person's or a place's.
        if case .name = chunk.kind,
           !chunk.tokens.contains(where: { NameLexicon.organizationCues.contains(sentence.tokens[$0].lower) }) { return }
        aliasPairs.append((acronym.text, chunk.name))
    }
}
