/// "The Tana River Alliance, a group that has opposed the dam since it was planned, said the
/// reservoir had been kept too full": a word of opposition in a relative clause set off by a
/// comma describes who speaks, not what it says now, so it makes no denial of the statement.
/// Read off blind set AI (a campaign group's charge drafted as a denial). Only when "who",
/// "which" or "that" is the relative's own subject (right before the word, or before one
/// auxiliary) after a comma a few words back: "said that it opposed the plan" and "we oppose
/// it" are the speaker's own stance, as before.
///
/// "There was no room left", "there were no beds left": what ran out is a shortage told, not a
/// happening denied (`runsOut`), unlike "there was no manipulation".
extension PositionFinder {
    static let relativeSubjects: Set<String> = ["who", "which", "that"]
    static let relativeAuxiliaries: Set<String> = ["has", "have", "had", "long", "also", "strongly", "always"]

    /// Is the word at `index` inside ", a group that has opposed …"?
    static func describesSpeaker(_ lowers: [String], at index: Int) -> Bool {
        guard index >= 2 else { return false }
        var relative = index - 1
        if relativeAuxiliaries.contains(lowers[relative]) { relative -= 1 }
        guard relative >= 1, relativeSubjects.contains(lowers[relative]) else { return false }
        // The comma that opens the description, right before the relative or a few words back.
        return lowers[max(0, relative - 5)..<relative].contains(",")
    }

    /// Is "there was no …" at `index` followed, within four words, by "left" (closing the clause)?
    static func runsOut(_ lowers: [String], after index: Int) -> Bool {
        let window = lowers[(index + 3)..<min(lowers.count, index + 7)]
        guard let left = window.firstIndex(of: "left") else { return false }
        return left + 1 == lowers.count || !(lowers[left + 1].first?.isLetter ?? false)
    }
}
