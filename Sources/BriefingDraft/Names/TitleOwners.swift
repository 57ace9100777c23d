/// "… said its secretary general, Dewi Hartono", "Its chairman, Anthony Baptiste, told …": a
/// title owned through "its" or "their" and set before the name belongs to the body the pronoun
/// points back to — the first organisation named in the same sentence before it, else in the
/// sentence before in the same paragraph (the subject that spoke: "The Indonesian Nickel
/// Miners Association backed the government's position."). Without it the holder had no
/// affiliation, so a camp rule could not place their side. Likewise a title after the name
/// whose owner is named ("Hauwa Kyari, MSF's medical coordinator in Borno").
extension NameFinding {
    /// The tokens of a person's name where it is defined, from an honorific before it ("Brig.
    /// Desmond Farley") to its last word, and the sentence that holds it.
    func definingName(ofPersonAt position: TextPosition) -> (sentence: AnalyzedSentence, name: Range<Int>)? {
        guard sentences.indices.contains(position.sentence) else { return nil }
        let sentence = sentences[position.sentence]
        guard var index = sentence.chunkAt[position.token] else { return nil }
        let start = sentence.chunks[index].tokens.lowerBound
        while case .honorific = sentence.chunks[index].kind, sentence.chunkAt.indices.contains(sentence.chunks[index].tokens.upperBound),
              let next = sentence.chunkAt[sentence.chunks[index].tokens.upperBound] { index = next }
        return (sentence, start..<sentence.chunks[index].tokens.upperBound)
    }

    /// The organisation "its <title>, <person>" points back to, for the person defined at `position`.
    func pronounOwner(ofPersonAt position: TextPosition) -> Int? {
        guard let (sentence, k) = possessivePronounOfTitle(ofPersonAt: position) else { return nil }
        if let owner = firstOrganization(in: sentence, before: k) { return owner }
        guard let previous = sentenceBefore(pronounAt: k, in: sentence, position: position) else { return nil }
        return firstOrganization(in: previous, before: previous.tokens.count)
    }

    /// "The ministry gave a different account. Its spokesman, Ibrahim Soilihi, said …": the
    /// sentence before names its subject body by its common noun only; the title is that body's,
    /// resolved as "the ministry said" is (`bodyNamed(by:before:)`). Run once mentions are known.
    func describedPronounOwner(ofPersonAt index: Int) -> Int? {
        let position = records[index].defined
        guard let (sentence, k) = possessivePronounOfTitle(ofPersonAt: position), firstOrganization(in: sentence, before: k) == nil,
              let previous = sentenceBefore(pronounAt: k, in: sentence, position: position) else { return nil }
        // "The ministry", "The health ministry": the article, up to two modifiers, the body's noun.
        let tokens = previous.tokens
        guard tokens.first?.lower == "the" else { return nil }
        var head = 1
        while head < min(tokens.count, 3), tokens[head].isWord, !tokens[head].isCapitalized, !Self.isBodyNoun(tokens[head].lower) { head += 1 }
        guard head < tokens.count, tokens[head].isWord, !tokens[head].isCapitalized, Self.isBodyNoun(tokens[head].lower),
              head + 1 < tokens.count, tokens[head + 1].isWord, !tokens[head + 1].isCapitalized else { return nil }
        return bodyNamed(by: tokens[head].lower, before: index)
    }

    /// The sentence, title and pronoun of "Its spokesman, X" for the person defined at `position`:
    /// the pronoun's token, when the title before the name is owned by "its" or "their".
    private func possessivePronounOfTitle(ofPersonAt position: TextPosition) -> (sentence: AnalyzedSentence, pronoun: Int)? {
        guard let (sentence, name) = definingName(ofPersonAt: position), name.lowerBound >= 3,
              sentence.token(name.lowerBound - 1)?.text == "," else { return nil }
        // Back over the title's words ("secretary general", "senior researcher") to the pronoun.
        var k = name.lowerBound - 2
        // "Its head of mission in Malawi, Marie Dupont": where the office is, after its title.
        if let c = sentence.chunkAt[k], sentence.chunks[c].tokens.lowerBound >= 2,
           sentence.tokens[sentence.chunks[c].tokens.lowerBound - 1].lower == "in" {
            switch sentence.chunks[c].kind {
            case .country, .city, .place: k = sentence.chunks[c].tokens.lowerBound - 2
            default: break
            }
        }
        let titleEnd = k
        var hasHead = false
        while k >= 0, titleEnd - k < 4, let token = sentence.token(k), token.isWord, !token.isCapitalized || k == 0 {
            if NameLexicon.titleHeads.contains(token.lower) { hasHead = true }
            // "head of mission", "director of operations": a title's head with its field after "of".
            if token.lower == "of" || (k >= 2 && sentence.tokens[k - 1].lower == "of" && NameLexicon.titleHeads.contains(sentence.tokens[k - 2].lower)) {
                k -= 1
                continue
            }
            // "Its country representative, Dr. Moussa Kone": an agency's office in one country.
            guard NameLexicon.titleHeads.contains(token.lower) || NameLexicon.roleModifiers.contains(token.lower) || token.lower == "country" else { break }
            k -= 1
        }
        guard hasHead, k >= 0, ["its", "their"].contains(sentence.tokens[k].lower) else { return nil }
        return (sentence, k)
    }

    /// The sentence before, in the same paragraph; or, for a pronoun opening its sentence, the
    /// paragraph before ("Its secretary general, Dr. Boris Tchana, said" opening the paragraph
    /// after the body's own: wire copy often gives each sentence a paragraph).
    private func sentenceBefore(pronounAt k: Int, in sentence: AnalyzedSentence, position: TextPosition) -> AnalyzedSentence? {
        let previous = position.sentence - 1
        guard sentences.indices.contains(previous),
              sentences[previous].ref.paragraph == sentence.ref.paragraph || (k == 0 && sentences[previous].ref.paragraph == sentence.ref.paragraph - 1)
        else { return nil }
        return sentences[previous]
    }

    private func firstOrganization(in sentence: AnalyzedSentence, before end: Int) -> Int? {
        for chunk in sentence.chunks where chunk.tokens.upperBound <= end {
            guard let index = resolve(chunk.name), absorbed[index] == nil, records[index].kind == .organization else { continue }
            return index
        }
        return nil
    }

    /// "Hauwa Kyari, MSF's medical coordinator": the organisation named as the owner of the title
    /// set after the person's name.
    func namedOwner(ofPersonAt position: TextPosition) -> Int? {
        guard let (sentence, name) = definingName(ofPersonAt: position) else { return nil }
        let after = name.upperBound
        // ", MSF's", ", the Red Crescent's".
        let start = sentence.token(after + 1)?.lower == "the" ? after + 2 : after + 1
        guard sentence.token(after)?.text == ",", sentence.chunkAt.indices.contains(start),
              let ownerChunk = sentence.chunkAt[start], sentence.chunks[ownerChunk].tokens.lowerBound == start else { return nil }
        let possessive = sentence.chunks[ownerChunk].tokens.upperBound
        // The title: up to three lowercase words, one of them a title's head ("medical coordinator").
        let title = (possessive + 1...possessive + 3).prefix { sentence.token($0).map { $0.isWord && !$0.isCapitalized } ?? false }
        guard sentence.token(possessive)?.kind == .possessive, title.contains(where: { NameLexicon.titleHeads.contains(sentence.tokens[$0].lower) }),
              let owner = resolve(sentence.chunks[ownerChunk].name), absorbed[owner] == nil, records[owner].kind == .organization else { return nil }
        return owner
    }

    mutating func affiliateTitlesByOwner() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].affiliation == nil {
            if let owner = pronounOwner(ofPersonAt: records[index].defined) ?? namedOwner(ofPersonAt: records[index].defined), owner != index {
                records[index].affiliation = records[owner].name
            }
        }
    }
}
