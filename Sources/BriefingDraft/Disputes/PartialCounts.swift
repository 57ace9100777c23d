import BriefingModel

/// "“They count resignations, not the doctors who cut their hours,” she said", "the tally
/// includes deaths in hospitals, not those at home": a count said to take in one thing and not
/// another doubts the figure rather than denying it, as cases left out of a count do
/// (`HedgedDoubts`). Only after a verb of counting, and only a correction set off by a comma:
/// "started over a private quarrel, not the strike" still denies.
extension PositionFinder {
    static let countingVerbs: Set<String> = D.words("""
        count counts counted counting tally tallies tallied include includes included record records recorded
        """)

    static func countsOnlyPart(_ lowers: [String]) -> Bool {
        for (index, word) in lowers.enumerated() where countingVerbs.contains(word) {
            let reach = lowers[(index + 1)..<min(lowers.count, index + 10)]
            var previous = word
            for next in reach {
                if [";", ".", ":"].contains(next) { break }
                if previous == ",", next == "not" { return true }
                previous = next
            }
        }
        return false
    }
}
