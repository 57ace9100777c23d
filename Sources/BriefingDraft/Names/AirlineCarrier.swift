/// "German carrier Lufthansa", "Lithuanian flag carrier skyLitva", "budget carrier easyJet":
/// "carrier" before a name is a ship's word ("aircraft carrier", "bulk carrier"), but after a
/// nationality or a word of the airline trade it names an airline, which then acts.
extension NameFinding {
    /// Words of the airline trade that stand before "carrier".
    static let airlineCarrierWords: Set<String> = [
        "flag", "budget", "low-cost", "low-fare", "no-frills", "national", "state", "state-owned", "state-run",
        "regional", "discount", "long-haul", "flag-carrying", "legacy", "charter", "domestic", "leisure",
    ]

    /// Whether the "carrier" at `t` is an airline's word: after a word of the trade or after a
    /// nationality ("German carrier", "the Dutch carrier").
    static func isAirlineCarrier(at t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard t >= 1, let before = sentence.token(t - 1), before.isWord else { return false }
        if airlineCarrierWords.contains(before.lower) { return true }
        return sentence.chunk(endingBefore: t)?.kind.isDemonym == true
    }
}
