/// "Workers at the site told Reuters they had been ordered to keep working. “…,” one of them
/// said": a member of a group voice speaks for the group, as the group's own "they" would. The
/// words "one of them" name no actor, so the quote had no speaker and was dropped. Only a group
/// voice (kind `other`) is taken: "one of them" after two companies names neither company.
extension AttributionText {
    /// Counting words before "of them".
    static let memberCounts: Set<String> = ["one", "some", "two", "three", "four", "several", "many", "most", "another", "each"]

    /// The group that "them" at `j` stands for in "one of them said", else nil.
    func groupOfMember(endingAt j: Int, floor: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard tokens[j].lower == "them", j - 2 >= floor, tokens[j - 1].lower == "of", tokens[j - 1].kind == .word,
              tokens[j - 2].kind == .word, Self.memberCounts.contains(tokens[j - 2].lower) else { return nil }
        // "them" read as "they" would be; only a group voice is kept.
        return groupVoice(readAsTheyAt: j, in: p)
    }

    /// What "they" at `j` would stand for, when that is a group voice (kind `other`).
    private func groupVoice(readAsTheyAt j: Int, in p: Int) -> String? {
        guard let group = resolvePronoun("they", at: Position(paragraph: p, token: j)), actors[group]?.kind == .other else { return nil }
        return group
    }

    /// "Residents say people did try to act. Several told Reuters …": a bare count opening its
    /// sentence speaks for the group before it, as "several of them" would.
    func groupOfBareCount(at j: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard Self.bareCounts.contains(tokens[j].lower), tokens[j].kind == .word,
              j == 0 || tokens[j - 1].sentence != tokens[j].sentence else { return nil }
        return groupVoice(readAsTheyAt: j, in: p)
    }

    /// Counting words that stand alone for members of a group ("one" and "each" need "of them").
    static let bareCounts: Set<String> = ["some", "several", "many", "most", "others"]
}
