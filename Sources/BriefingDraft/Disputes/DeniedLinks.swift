import BriefingModel

/// "said their removal had nothing to do with the investigation", "said the arrests had nothing
/// to do with the protest": a reported clause whose verb group says "nothing to do with" denies
/// the link, as a negated verb does (`negatesReportedClause`), whoever its subject. Not a
/// correction that names the real link ("nothing to do with plant health and everything to do
/// with …" charges), and not a relative with no object after "with".
extension PositionFinder {
    static func deniesLink(_ tokens: [ParagraphView.Token], at index: Int, end: Int) -> Bool {
        guard tokens[index].lower == "nothing", index + 4 < end,
              tokens[index + 1].lower == "to", tokens[index + 2].lower == "do", tokens[index + 3].lower == "with" else { return false }
        // An object follows "with" (a quote mark may stand between).
        var object = index + 4
        while object < end, tokens[object].kind == .open { object += 1 }
        guard object < end, tokens[object].kind == .word else { return false }
        return !(object..<end).contains { tokens[$0].lower == "everything" }
    }
}
