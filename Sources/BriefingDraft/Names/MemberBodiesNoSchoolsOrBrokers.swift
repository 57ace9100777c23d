/// "Analysts at Kasikorn Securities said … The union said the airline had threatened …",
/// "Scientists at the University of Los Lagos said … The federation said it would take the
/// company to court": a body of members is never a seat of learning or a house of finance, so
/// "the union" or "the federation" does not fall back on the last such body named (probing
/// invented wire copy found both: the union's and the federation's sides went to the broker
/// and the university).
extension NameFinding {
    /// Words in the names of seats of learning and care, and of houses of finance.
    static let notMemberBodyWords: Set<String> = [
        "university", "college", "school", "hospital", "institute", "academy", "museum", "clinic",
        "securities", "capital", "investments", "investment", "partners", "advisers", "advisors", "bank",
        "consultancy", "consulting", "research", "economics",
    ]

    /// Whether a description of a body of members ("the union") may not stand for this record.
    static func memberBodyIsNot(_ record: ActorRecord, head: String) -> Bool {
        guard memberBodyHeads.contains(head) else { return false }
        return record.name.lowercased().split(separator: " ").contains { notMemberBodyWords.contains(String($0)) }
    }
}

/// "The Thai Pilots Association said … The union said the airline had threatened pilots": a
/// body of members described by another word for one ("the union" for an association, "the
/// federation" for a union) is the body of members named last, within a few paragraphs, before
/// any other organisation named since.
extension NameFinding {
    static func isOtherMemberBody(_ record: ActorRecord, head: String) -> Bool {
        guard memberBodyHeads.contains(head), record.kind == .organization, !record.international,
              let last = record.name.lowercased().split(separator: " ").last.map(String.init) else { return false }
        return memberBodyHeads.contains(last) && last != head
    }
}
