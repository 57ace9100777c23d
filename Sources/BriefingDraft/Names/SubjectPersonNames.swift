/// Full names that are the subject of a verb although a phrase stands between them and it:
/// "Greta Holm and Pieter Vos met …" (the first of two coordinated names), "Marta Nowicka,
/// however, was blunt", "Ilse Marquardt, in a statement issued by her office, said" (an aside
/// set off by commas) and "Agnes Mwale, the head of the Red Cross, toured" (a person noun in
/// apposition). A full name right before its verb is already a person (`defineName`); these
/// are the same subject with the verb one phrase further on.
extension NameFinding {
    /// "A B and C D <verb>", "A B and C D, the two ministers, <verb>", ", A B and C D, said": a
    /// name of two to four words coordinated with another such name that is the subject of a verb.
    func isCoordinatedSubjectName(endingAt end: Int, in sentence: AnalyzedSentence) -> Bool {
        guard sentence.token(end)?.lower == "and", let other = sentence.chunk(startingAt: end + 1), other.isName,
              (2...4).contains(other.tokens.count),
              !other.tokens.contains(where: { NameLexicon.nonPersonWords.contains(sentence.tokens[$0].lower) }) else { return false }
        if isSubjectBeforeAside(endingAt: other.tokens.upperBound, in: sentence) { return true }
        // "the foreign ministers, Ilse Marquardt and Juhan Tamm, said": the pair set off before the verb.
        var next = other.tokens.upperBound
        if sentence.token(next)?.text == "," { next += 1 }
        guard let (word, _, adverb) = sentence.wordAfter(next) else { return false }
        return AnalyzedSentence.isVerbLike(word, skippedAdverb: adverb)
    }

    /// "A B, <aside>, <verb>": an aside of at most twelve words between commas before the verb.
    /// Either all lower-case words ("however", "in a statement issued by her office"), or a
    /// description that an article opens and a person noun heads before any capital ("the
    /// head of the Northland Red Cross"), or a prepositional aside before a verb of saying ("in
    /// a post on Telegram"). No quote inside.
    func isSubjectBeforeAside(endingAt end: Int, in sentence: AnalyzedSentence) -> Bool {
        guard sentence.token(end)?.text == ",", let opener = sentence.token(end + 1) else { return false }
        // "Nguyen Quoc Binh, vice chairman of the Lao Cai provincial People's Committee, said": a
        // lower-case title opens a description as an article does.
        let described = ["the", "a", "an"].contains(opener.lower)
            || (!opener.isCapitalized && sentence.chunk(startingAt: end + 1)?.isTitle == true)
        // "X, in an interview with the Daily Ledger, said": a prepositional aside may name a
        // body or a medium when a verb of saying follows it.
        let prepositional = ["in", "on", "at", "during", "speaking", "writing"].contains(opener.lower)
        var sawPersonNoun = false
        var sawCapital = false
        var t = end + 1
        while let token = sentence.token(t), t - end <= 13 {
            if token.text == "," {
                guard t > end + 1, let (word, _, adverb) = sentence.wordAfter(t + 1) else { return false }
                if sawCapital && prepositional { return NameLexicon.speechVerbs.contains(word.lower) }
                guard !sawCapital || sawPersonNoun else { return false }
                return AnalyzedSentence.isVerbLike(word, skippedAdverb: adverb)
            }
            guard token.isWord || token.kind == .possessive else { return false }
            // "Omar Haddad, a member of the executive bureau, said": a title written in lower
            // case is the person noun, though it is a chunk; a capital after it may name the body.
            if !token.isCapitalized, !sawCapital, let c = sentence.chunkAt[t], sentence.chunks[c].isTitle {
                sawPersonNoun = true
                t = sentence.chunks[c].tokens.upperBound
                continue
            }
            if token.isCapitalized || sentence.chunkAt[t] != nil {
                guard described || prepositional else { return false }
                sawCapital = true
            } else if !sawCapital, Self.personDescriptions.contains(token.lower) || NameLexicon.titleHeads.contains(token.lower) {
                sawPersonNoun = true
            }
            t += 1
        }
        return false
    }
}
