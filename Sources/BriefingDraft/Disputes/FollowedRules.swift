/// "the Netherlands had followed the European Union's procedure", "said the company had acted
/// in line with its permit", "“We followed every rule”": the speaker's own side said to keep to
/// the rules justifies its conduct, as "in accordance with the law" does — a denial of the
/// charge (`justifiesItself`). Only rules, laws, procedures and permits are kept to ("in line
/// with forecasts" and "followed the talks" justify nothing), and only by the speaker's side,
/// named as the clause's subject: a minister saying "the inspection had followed every
/// procedure" backs the inspectors' finding, and denies nothing.
extension PositionFinder {
    private static let keptRuleNouns: Set<String> = D.words("""
        law laws rule rules regulation regulations procedure procedures protocol protocols guideline guidelines
        standard standards legislation constitution requirements permit permits licence license
        """)
    private static let keepingVerbs: Set<String> = D.words("followed follows follow respected respects complied abided observed adhered")
    /// Where the keeping clause's subject starts, going back.
    private static let subjectStops: Set<String> = ["that", "said", "says", "told", "added", "and", "but", "insisted", "maintained"]

    static func followsRules(_ tokens: [ParagraphView.Token], at t: Int, segment: Range<Int>, own: Set<String>,
                             in p: Int, text: AttributionText) -> Bool {
        let lower = tokens[t].lower
        let inLine = lower == "line" && t > segment.lowerBound && tokens[t - 1].lower == "in" && t + 1 < segment.upperBound && tokens[t + 1].lower == "with"
        guard inLine || keepingVerbs.contains(lower) else { return false }
        // The rules within a few words: "with the law", "every procedure required", "the EU's procedure".
        let start = inLine ? t + 2 : t + 1
        var k = start
        var kept = false
        while k < min(segment.upperBound, start + 5), tokens[k].kind == .word || tokens[k].kind == .open || tokens[k].kind == .close {
            if keptRuleNouns.contains(tokens[k].lower) { kept = true; break }
            k += 1
        }
        guard kept else { return false }
        // The subject: back to the clause's opening, the speaker's side named, or "we", "our".
        let view = text.paragraphs[p]
        var b = t - 1
        while b >= segment.lowerBound, b >= t - 8, tokens[b].kind == .word, !subjectStops.contains(tokens[b].lower) {
            if ["we", "our"].contains(tokens[b].lower) { return true }
            if let mention = view.mention(startingAt: b), own.contains(mention.actor) || own.contains(text.actors[mention.actor]?.affiliation ?? "") { return true }
            b -= 1
        }
        return false
    }
}
