/// "Ethiopian negotiator Seleshi Bekele said Cairo's demands were “colonial-era claims”":
/// a verb of saying whose form is also a noun ("demands", "comments", "pledges", "warning")
/// is that noun right after a possessive ("Cairo's", "the farmers'"), so it credits no one;
/// the quote goes to the real verb before it. Only the -s and -ing forms: a past tense after
/// "'s" is a contraction of "has" ("Lavrov's said"), and "it's", "he's" are "is" or "has".
extension AttributionText {
    static let contractedPronouns: Set<String> = ["it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's"]

    func isPossessedNoun(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        let word = tokens[t].lower
        guard t > 0, word.hasSuffix("s") || word.hasSuffix("ing") else { return false }
        let previous = tokens[t - 1]
        if previous.kind == .word {
            return previous.lower.hasSuffix("'s") && !Self.contractedPronouns.contains(previous.lower)
        }
        // "the farmers' demands": a plural's apostrophe stands alone.
        return previous.kind == .punct && previous.lower == "'" && t > 1 && tokens[t - 2].kind == .word
            && tokens[t - 2].lower.hasSuffix("s") && tokens[t - 2].end == previous.start
    }
}
