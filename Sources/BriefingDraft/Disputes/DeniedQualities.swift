/// "There is nothing political about an unpaid invoice", "there was nothing secret about the
/// payments": the quality a claim gives a thing, said to be absent from it, rejects the claim.
/// Read off set R's misses (an answer read as an assertion). Only after a copula: "we know
/// nothing about the contract" and "said nothing about the talks" deny nothing, nor do words
/// that add rather than judge ("nothing new about", "nothing more about").
extension PositionFinder {
    static func deniesQuality(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "nothing", index > 0, index + 2 < lowers.count, lowers[index + 2] == "about",
              ["is", "was", "'s", "there's", "been"].contains(lowers[index - 1]) else { return false }
        let quality = lowers[index + 1]
        return quality.first?.isLetter ?? false && !["new", "more", "else", "much", "left", "known"].contains(quality)
    }
}
