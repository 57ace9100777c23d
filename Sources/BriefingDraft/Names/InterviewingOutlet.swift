/// "In an interview with El Mercurio published on Tuesday, Fuentes said …": the one an interview
/// is "with", when the interview is published or aired, or when someone else speaks in it, is the
/// outlet that ran it, not a person (the name had been drafted as one, and "El Mercurio" spoke).
/// Left alone: "an interview with Ana Berg, a miner," (no one else speaks) and "met Ana Berg".
extension NameFinding {
    static let publishingVerbs: Set<String> = ["published", "broadcast", "aired", "televised", "posted", "released", "printed"]

    func isInterviewingOutlet(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        // "an interview with the Daily Nation": over the article.
        let start = chunk.tokens.lowerBound >= 3 && sentence.tokens[chunk.tokens.lowerBound - 1].lower == "the" ? chunk.tokens.lowerBound - 1 : chunk.tokens.lowerBound
        let end = chunk.tokens.upperBound
        guard start >= 2, sentence.tokens[start - 1].lower == "with",
              ["interview", "interviews"].contains(sentence.tokens[start - 2].lower),
              let next = sentence.token(end) else { return false }
        if next.isWord, Self.publishingVerbs.contains(next.lower) { return true }
        // "…, Fuentes said", "…, she said": another speaker after the comma, in the same clause.
        guard next.text == ",", let subject = sentence.token(end + 1) else { return false }
        if subject.isWord, ["he", "she", "they", "we", "i"].contains(subject.lower),
           let verb = sentence.token(end + 2), NameLexicon.speechVerbs.contains(verb.lower) { return true }
        if let speaker = sentence.chunk(startingAt: end + 1), speaker.isName || speaker.isTitle {
            var after = speaker
            if speaker.isTitle, let holder = sentence.chunk(startingAt: speaker.tokens.upperBound), holder.isName { after = holder }
            return sentence.isFollowedBySpeechVerb(after)
        }
        return false
    }
}
