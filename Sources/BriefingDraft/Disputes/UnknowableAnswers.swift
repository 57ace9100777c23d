/// Doubt said as an answer nobody has yet: "nobody can say where that oil came from", "no one
/// could tell whether the guards were armed", "it was “far too early” to name a cause". The
/// speaker leaves the question open, as "it is too early to say" does (`leavesOpen`). Only
/// before a question word or a verb of judging: "nobody can say we did not warn them" and "no
/// one can stop us" assert, and "too early to vote" times a thing.
extension PositionFinder {
    private static let questionHeads: Set<String> = ["where", "whether", "how", "what", "who", "why", "when", "if", "which"]
    /// The verbs of judging `leavesOpen` reads after "hard to", and those that name a cause.
    private static let causeJudgingVerbs = judgingVerbs.union(["name", "identify", "pinpoint", "draw", "speculate", "conclude"])

    /// The words after `index`, over quotation marks.
    private static func words(after index: Int, in lowers: [String], count: Int) -> [String] {
        Array(lowers[min(lowers.count, index + 1)...].lazy.filter { $0 != "\"" }.prefix(count))
    }

    /// "nobody can say where …", "no one could yet tell whether …", "nobody knows how …".
    static func saysNobodyKnows(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        let subject = word == "nobody" || word == "no-one" || (word == "no" && index + 1 < lowers.count && lowers[index + 1] == "one")
        guard subject else { return false }
        var after = words(after: word == "no" ? index + 1 : index, in: lowers, count: 4)
        if after.first == "knows" { return after.count > 1 && questionHeads.contains(after[1]) }
        guard let modal = after.first, ["can", "could"].contains(modal) else { return false }
        after.removeFirst()
        if after.first == "yet" || after.first == "really" { after.removeFirst() }
        guard after.count >= 2, ["say", "tell", "know"].contains(after[0]) else { return false }
        return questionHeads.contains(after[1])
    }

    /// "too early to say", "“far too early” to name a cause": over quotation marks.
    static func tooEarlyToJudge(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "early", index > 0, lowers[index - 1] == "too" else { return false }
        let after = words(after: index, in: lowers, count: 2)
        return after.count == 2 && after[0] == "to" && causeJudgingVerbs.contains(after[1])
    }
}
