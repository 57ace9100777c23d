import BriefingModel

/// "Junta spokesman X gave a very different account", "the ministry offered a different version
/// of events", "police told a different story": the subject sets an account of its own against
/// the one before it, so it holds the opposing side even with no verb of denial. Only with the
/// indefinite article and a noun of telling: "gave an account of the meeting", "witnesses gave
/// different accounts" and "offered a different route" are no rival account.
extension PositionFinder {
    static let rivalAccountVerbs: Set<String> = D.words("gave give gives giving offered offer offers offering painted paint paints painting told tell tells telling presented present presents presenting had has put puts")
    static let rivalAdjectives: Set<String> = D.words("different contrasting conflicting contradictory opposing rival competing")
    static let tellingNouns: Set<String> = D.words("account version picture story explanation narrative interpretation")
    /// Words that may stand between the article and the adjective: "a very different", "a starkly contrasting".
    static let rivalDegreeWords: Set<String> = D.words("very quite starkly sharply markedly completely wholly entirely strikingly radically somewhat rather")

    static func isRivalAccount(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard tokens[t].kind == .word, tokens[t].depth == 0, rivalAccountVerbs.contains(tokens[t].lower) else { return false }
        var k = t + 1
        guard k < tokens.count, tokens[k].kind == .word, ["a", "an"].contains(tokens[k].lower) else { return false }
        k += 1
        while k < tokens.count, tokens[k].kind == .word, rivalDegreeWords.contains(tokens[k].lower) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].kind == .word, rivalAdjectives.contains(tokens[k].lower) else { return false }
        // "a very different account", "a different version of events".
        return tokens[k + 1].kind == .word && tellingNouns.contains(tokens[k + 1].lower) && tokens[k + 1].depth == 0
    }
}
