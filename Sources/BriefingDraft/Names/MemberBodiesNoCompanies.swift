/// "talks between their union and the terminal operator Fjordline Logistics collapsed, the union
/// said": a body of members (a union, an association, a federation) is never the business it
/// bargains with, so "the union" does not fall back on the last company named, whose name ends
/// in a word of trade ("Logistics", "Holdings") or which the text described as a business.
extension NameFinding {
    /// Heads of a description that stand for a body of members.
    static let memberBodyHeads: Set<String> = ["union", "association", "federation", "confederation", "syndicate"]

    /// Last words of the names of bodies of members or of citizens, which no one calls a company.
    static let civilBodyHeads = memberBodyHeads.union(["society", "front", "movement", "party", "league", "coalition", "alliance"])

    /// "the union" as a last resort stands only for a body whose name says it has members
    /// ("… Workers' Union", "… Miners Federation", "Teachers Association"): a body named
    /// otherwise is as likely the company the union bargains with.
    static func mayBeMemberBody(_ record: ActorRecord, head: String) -> Bool {
        guard memberBodyHeads.contains(head) else { return true }
        if let descriptor = record.descriptor, memberBodyHeads.contains(descriptor) { return true }
        return record.name.lowercased().split(separator: " ").contains { word in
            let bare = word.hasSuffix("'") || word.hasSuffix("’") ? word.dropLast() : word[...]
            return civilBodyHeads.contains(String(bare)) || memberWords.contains(String(bare))
        }
    }

    /// Words in a name that say its body is made of members.
    static let memberWords: Set<String> = [
        "workers", "employees", "staff", "miners", "teachers", "doctors", "nurses", "pilots", "farmers", "fishermen",
        "drivers", "dockers", "journalists", "lawyers", "traders", "growers", "producers", "members", "congress",
    ]

    /// Whether a description with this head may not stand for this record, a business.
    static func memberBodyExcludes(_ record: ActorRecord, head: String) -> Bool {
        // And the other way: "the company's own study" is not the society or the front named
        // just before it.
        if NameLexicon.businessNouns.contains(head), let last = record.name.lowercased().split(separator: " ").last {
            return civilBodyHeads.contains(String(last))
        }
        guard memberBodyHeads.contains(head) else { return false }
        if memberBodyIsNot(record, head: head) { return true }
        if let descriptor = record.descriptor, NameLexicon.businessNouns.contains(descriptor) { return true }
        guard let last = record.name.lowercased().split(separator: " ").last.map(String.init) else { return false }
        return companySuffixes.contains(last) && last != "party"
    }
}
