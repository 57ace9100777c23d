/// Verbs that are no acts alone but are with a certain object or particle, read like the other
/// carried acts (only with a date of their own clause): "rescuers called off the search on
/// Saturday", "recovered the last of the bodies on Monday", "opened a criminal case on Monday",
/// "took water samples on Sunday", "hundreds followed the coffins on Saturday", "a freight train
/// came off the tracks last month". Without it they say, measure or move ("called for calm",
/// "the currency recovered", "the market opened higher", "took time", "followed the talks").
extension TriggerDetector {
    static func isActByObject(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        let word = analysis.tokens[index].lower
        guard let lemma = objectActVerbs[word], let next = analysis.word(index + 1) else { return false }
        if let particle = actParticles[lemma] { return next == particle && (lemma != "come" || railWords.contains(analysis.word(index + 3) ?? "")) }
        guard let objects = actObjects[lemma] else { return false }
        // The object within a short noun phrase after the verb: "the last of the bodies".
        var k = index + 1
        while k < min(analysis.tokens.count, index + 7), analysis.tokens[k].isWord {
            let w = analysis.tokens[k].lower
            if objects.contains(w) { return true }
            // "took water and sediment samples": an "and" inside the noun phrase goes on.
            if k > index + 1, w != "and", ClauseSplitter.openers(w) || ["to", "by", "on", "in", "at", "for", "from", "with"].contains(w) { return false }
            k += 1
        }
        return false
    }

    static let objectActVerbs: [String: String] = [
        "called": "call", "came": "come", "recovered": "recover", "opened": "open", "took": "take", "taken": "take",
        "followed": "follow",
    ]

    /// A particle right after the verb: "called off", "came off the tracks".
    static let actParticles: [String: String] = ["call": "off", "come": "off"]

    /// What a train or a vehicle comes off when it derails.
    static let railWords: Set<String> = ["tracks", "track", "rails", "rail", "road"]

    static let actObjects: [String: Set<String>] = [
        "recover": ["bodies", "body", "remains", "wreckage"],
        "open": ["case", "cases", "proceedings"],
        "take": ["samples", "sample"],
        "follow": ["coffin", "coffins", "hearse", "casket", "caskets"],
    ]
}
