/// "said it was not enough for police to say weapons were found", "it is not sufficient for the
/// company to claim its filters work": another side's word called insufficient is doubted, not
/// denied — the speaker asks for more than the claim, and does not say it is false. Only with a
/// verb of saying after "to" ("not enough to cover the costs" judges an amount).
extension PositionFinder {
    private static let claimingVerbs: Set<String> = ["say", "claim", "assert", "insist", "promise", "state", "announce", "assure", "deny"]

    static func callsWordInsufficient(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            let word = lowers[index]
            let short = (word == "enough" || word == "sufficient") && index > 0 && lowers[index - 1] == "not"
            guard short || word == "insufficient" else { return false }
            // "for the company to say": the other side, then its verb of saying.
            let after = lowers[(index + 1)..<min(lowers.count, index + 8)]
            guard let to = after.firstIndex(of: "to"), to + 1 < lowers.count else { return false }
            return claimingVerbs.contains(lowers[to + 1])
        }
    }
}
