/// "The Bangladesh High Commission in Male said …": a country's embassy, consulate or high
/// commission sits abroad, so it is no evidence that the story is set in that country. A story
/// from Male about Bangladeshi workers, their high commission and its attaché is still a
/// Maldives story, and its bare "the government" is the Maldives' (set V's miss list).
extension NameFinding {
    /// Whether a body's name is that of a diplomatic mission ("Nepalese Embassy in Doha",
    /// "Bangladesh High Commission").
    static func isDiplomaticMission(_ name: String) -> Bool {
        var words = name.lowercased().split(separator: " ").map(String.init)
        if let at = words.firstIndex(of: "in"), at > 0 { words = Array(words[..<at]) }
        guard words.count >= 2, let last = words.last else { return false }
        return missionWords.contains(last) || (last == "commission" && words[words.count - 2] == "high")
    }
}
