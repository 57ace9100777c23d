import BriefingModel

/// "The ministry had the warning on its desk and did nothing with it" … "The ministry said the
/// report had been sent to the companies within a month": a charge of inaction (did nothing,
/// sat on, took no action, ignored) is answered by the one charged telling when it acted or when
/// the warning reached it — a rival account of the timing that shares no word with the charge
/// and has no word of denial. Read by `resolveCounterAccounts`: an inaction charge is a charge,
/// and the charged camp's account that dates what was done answers it. A minister charged is
/// answered by the ministry ("the minister knew … and did nothing" → "the ministry said …").
extension DisputeFinder {
    /// Word pairs that charge a failure to act.
    static let inactionPairs: Set<String> = [
        "did nothing", "done nothing", "doing nothing", "does nothing", "do nothing",
        "sat on", "sitting on", "sit on", "no action", "failed to act", "nothing was done",
    ]

    /// Does the statement charge someone with failing to act?
    static func chargesInaction(_ statement: String) -> Bool {
        let words = LowercaseWords.split(statement, keeping: "'")
        for index in words.indices.dropLast() {
            let pair = words[index] + " " + words[index + 1]
            if inactionPairs.contains(pair) { return true }
            if pair == "failed to", index + 2 < words.count, words[index + 2] == "act" { return true }
        }
        return false
    }

    /// Does the account date what was done ("in January", "within a month", "the same day",
    /// "three weeks before")? A month name counts only capitalised, as the date reader takes it.
    static func datesItsAccount(_ statement: String) -> Bool {
        let words = statement.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if word.first?.isUppercase == true, DateLexicon.months[lower] != nil,
               !DateLexicon.ambiguousMonths.contains(lower), lower.count > 3 { return true }
            if ["within", "immediately"].contains(lower) { return true }
            if ["days", "weeks", "hours"].contains(lower), index > 0 { return true }
            if lower == "same", index + 1 < words.count, ["day", "week"].contains(words[index + 1].lowercased()) { return true }
        }
        return false
    }
}
