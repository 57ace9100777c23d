/// "The head of Uganda's fisheries authority, Moses Kato, said", "The director of the national
/// parks agency, Mary Wambui,": a title whose "of"-phrase names a body in lower-case words, set
/// before a name by a comma. The name is the title's holder, a person. Without this the body's
/// last word ("authority", "agency") read as the kind beside a body's own name, as in "Her
/// management company, Global Elite Sports, said", and the person was drafted as an
/// organisation, losing their quotes and sides. "a unit of the company, Sinar Metals," (no title
/// before "of") is left to that rule.
extension NameFinding {
    /// Last words of a lower-case body that the "of"-phrase may name besides the organisation
    /// cues and descriptors ("the national water utility").
    static let lowercaseBodyHeads: Set<String> = ["utility", "regulator", "ministry", "authority", "agency", "commission"]

    /// For a name whose comma is at `comma`: the title and its qualifier when the words before
    /// the comma are "<title> of|at|for [the] [<owner>'s | <demonym>] <lower-case words> <body noun>".
    func titleOfLowercaseBody(before comma: Int, in sentence: AnalyzedSentence) -> (String, Qualifier?)? {
        guard comma >= 4, sentence.tokens[comma].text == "," else { return nil }
        let last = sentence.tokens[comma - 1]
        guard last.isWord, !last.isCapitalized, sentence.chunkAt[comma - 1] == nil,
              NameLexicon.organizationCues.contains(last.lower) || NameLexicon.organizationDescriptors.contains(last.lower)
                || Self.lowercaseBodyHeads.contains(last.lower) else { return nil }
        // Back over the body's lower-case words (at most four).
        var t = comma - 1
        while t > 0, comma - t < 4 {
            let word = sentence.tokens[t - 1]
            guard word.isWord, !word.isCapitalized, sentence.chunkAt[t - 1] == nil, !NameLexicon.functionWords.contains(word.lower) else { break }
            t -= 1
        }
        // "Uganda's fisheries authority", "the Ugandan fisheries authority": the owner of the body.
        var owner: Qualifier?
        if t >= 2, sentence.tokens[t - 1].kind == .possessive, let chunk = sentence.chunk(endingBefore: t - 1) {
            owner = qualifier(of: chunk, allowName: true)
            guard owner != nil else { return nil }
            t = chunk.tokens.lowerBound
        } else if let chunk = sentence.chunk(endingBefore: t), chunk.kind.isDemonym {
            owner = qualifier(of: chunk, allowName: false)
            t = chunk.tokens.lowerBound
        }
        if t >= 1, sentence.tokens[t - 1].lower == "the" { t -= 1 }
        guard t >= 2, ["of", "at", "for"].contains(sentence.tokens[t - 1].lower) else { return nil }
        let preposition = t - 1
        // The title: a title chunk, or a bare title word ("head", "director") that the chunker
        // leaves unmarked before "of".
        if let title = sentence.chunk(endingBefore: preposition), title.isTitle {
            return (Self.role(title) ?? "", owner ?? qualifier(before: title.tokens.lowerBound, in: sentence))
        }
        let word = sentence.tokens[preposition - 1]
        guard word.isWord, sentence.chunkAt[preposition - 1] == nil, NameLexicon.titleHeads.contains(word.lower) else { return nil }
        // "The deputy director of …": rank words before the bare title word.
        var s = preposition - 1
        while s > 0, Self.rankWords.contains(sentence.tokens[s - 1].lower), sentence.chunkAt[s - 1] == nil { s -= 1 }
        return (sentence.surface(s..<preposition).lowercased(), owner ?? qualifier(before: s, in: sentence))
    }
}
