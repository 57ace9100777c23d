/// "Three workers from Bangladesh interviewed by The Associated Press, who spoke on condition of
/// anonymity for fear of losing their jobs, said …": a group voice whose phrase carries a past
/// participle with its agent ("interviewed by", "quoted by", "cited by", "contacted by") and a
/// relative clause set off by commas still speaks through the verb after them. The phrase was
/// longer than the few words a voice's verb may follow it by, so no group was drafted and the
/// speaker became the outlet that interviewed them (the last name before the verb).
extension NameFinding {
    /// Past participles whose agent met the group, not one that speaks for it.
    static let meetingParticiples: Set<String> = [
        "interviewed", "quoted", "cited", "contacted", "reached", "surveyed", "polled", "questioned", "consulted", "visited",
    ]

    /// Extra words a group phrase may run on at `v`: after a meeting participle with "by", or
    /// after ", who" opening a relative clause (up to its closing comma), else 0.
    static func groupAsideLength(_ sentence: AnalyzedSentence, at v: Int, head: Int) -> Int {
        let tokens = sentence.tokens
        guard v > head, v + 1 < tokens.count else { return 0 }
        if tokens[v].isWord, meetingParticiples.contains(tokens[v].lower), tokens[v + 1].lower == "by" { return 8 }
        // ", who spoke on condition of anonymity …,": only a clause that closes with a comma before a verb of saying.
        guard tokens[v].kind == .punct, tokens[v].text == ",", tokens[v + 1].lower == "who" else { return 0 }
        var k = v + 2
        while k < tokens.count, k - v <= 25 {
            if tokens[k].kind == .punct, [".", ";", ":"].contains(tokens[k].text) { return 0 }
            if tokens[k].kind == .punct, tokens[k].text == "," {
                guard let verb = sentence.token(k + 1), verb.isWord, NameLexicon.speechVerbs.contains(verb.lower) else { return 0 }
                return k - v + 2
            }
            k += 1
        }
        return 0
    }
}
