/// "The ministry said the bid was rejected because it was incomplete, not because of the missing
/// guarantee": a statement that gives its own cause and then sets another aside with ", not
/// because" answers whoever named that other cause, and so denies it. Read off the blind sets
/// AH–AK (a ministry's denial of a rival's reason drafted as asserting). A lone ", not because"
/// with no cause of the speaker's own before it ("we stayed, not because we were told to, but …")
/// explains the speaker's own motive and is left to the other rules, as before.
extension PositionFinder {
    /// Is the word at `index` the "not" of ", not because" after a "because" of the statement's own?
    static func setsCauseAside(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "not", index > 2, lowers[index - 1] == ",", index + 1 < lowers.count,
              lowers[index + 1] == "because" else { return false }
        return lowers[..<(index - 1)].contains("because")
    }
}
