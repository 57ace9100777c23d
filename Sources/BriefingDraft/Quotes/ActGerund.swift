/// "Opposition lawmakers accused the government of encouraging a “shoot first” culture":
/// a gerund after "of" or "for" names what the accused is blamed for. When that gerund is an
/// act that only counts as speech in other uses ("encouraging", "welcoming", "rejecting"), the
/// quote inside its object is the accuser's phrase, not words the accused said; the accusing
/// verb before it is the cue. Verbs of saying proper ("accused him of calling them “thugs”")
/// stay cues: there the accused said the words.
extension AttributionText {
    static let actGerunds: Set<String> = [
        "encouraging", "welcoming", "praising", "hailing", "rejecting", "dismissing", "denying",
        "denouncing", "decrying", "demanding", "expressing", "voicing", "questioning", "appealing",
        "criticising", "criticizing", "acknowledging", "confirming", "revealing", "disclosing",
    ]

    func isActGerundAfterOf(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        guard t > 0, Self.actGerunds.contains(tokens[t].lower) else { return false }
        let previous = tokens[t - 1]
        return previous.kind == .word && previous.depth == 0 && ["of", "for"].contains(previous.lower)
    }
}
