import BriefingModel

/// "said their removal had nothing to do with the investigation", "said the arrests had nothing
/// to do with the protest": a reported clause whose verb group says "nothing to do with" denies
/// the link, as a negated verb does (`negatesReportedClause`), whoever its subject. Not a
/// correction that names the real link ("nothing to do with plant health and everything to do
/// with …" charges), and not a relative with no object after "with".
extension PositionFinder {
    static func deniesLink(_ tokens: [ParagraphView.Token], at index: Int, end: Int) -> Bool {
        if deniesInvolvement(tokens, at: index, end: end) { return true }
        guard tokens[index].lower == "nothing" else { return false }
        // "“nothing whatsoever” to do with": quote marks and a word of emphasis may follow "nothing".
        var to = index + 1
        while to < end, tokens[to].kind == .open || tokens[to].kind == .close || ["whatsoever", "at", "all"].contains(tokens[to].lower) { to += 1 }
        guard to + 3 < end, tokens[to].lower == "to", tokens[to + 1].lower == "do", tokens[to + 2].lower == "with" else { return false }
        // An object follows "with" (a quote mark may stand between).
        var object = to + 3
        while object < end, tokens[object].kind == .open { object += 1 }
        guard object < end, tokens[object].kind == .word else { return false }
        return !(object..<end).contains { tokens[$0].lower == "everything" }
    }

    /// "the official had no role in the purchase", "the minister has no link to the firm": a part
    /// in what happened said to be none denies it, whoever the clause's subject. Only nouns of
    /// taking part: "the villagers had no water" says a lack, not a denial.
    static func deniesInvolvement(_ tokens: [ParagraphView.Token], at index: Int, end: Int) -> Bool {
        guard tokens[index].lower == "no", index > 0, ["had", "has", "have", "played", "plays", "play"].contains(tokens[index - 1].lower),
              index + 2 < end, involvementNouns.contains(tokens[index + 1].lower) else { return false }
        return ["in", "to", "with", "of"].contains(tokens[index + 2].lower)
    }

    static let involvementNouns: Set<String> = ["role", "part", "involvement", "connection", "connections", "link", "links", "ties", "knowledge", "hand"]
}
