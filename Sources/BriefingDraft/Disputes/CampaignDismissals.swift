/// "the allegations were “part of an organised campaign” to discredit the border guards", "the
/// reports are a smear campaign", "the claims were an attempt to tarnish the company": a claim
/// said to be a campaign, a plot or a bid to discredit is dismissed — its speaker denies it,
/// where the plain copula would otherwise read as asserting what follows. Only with a claim noun
/// as the copula's subject and the campaign as what it is ("the reports were published during
/// the election campaign" dates them, and "the report was part of an inquiry" dismisses nothing).
extension PositionFinder {
    /// What a dismissed claim is said to be.
    static let campaignNouns: Set<String> = D.words("""
        campaign campaigns plot plots conspiracy ploy ploys vendetta vendettas witch-hunt vilification
        """)
    /// What it is said to be meant to do: "to discredit", "aimed at tarnishing".
    static let discreditingVerbs: Set<String> = D.words("""
        discredit discrediting tarnish tarnishing defame defaming denigrate denigrating vilify vilifying
        demonise demonising demonize demonizing distract distracting divert diverting undermine undermining
        """)

    /// Verbs that name a claim for what it is said to be: "called the claim a political attack".
    static let namingVerbs: Set<String> = ["called", "calling", "calls", "call", "branded", "branding", "described", "describing", "dismissed", "dismissing"]

    static func callsClaimACampaign(_ lowers: [String], at index: Int) -> Bool {
        guard D.claimNouns.contains(lowers[index]), index > 0,
              ["the", "these", "those", "such", "this", "that", "their", "its", "his", "her"].contains(lowers[index - 1])
                || lowers[index - 1].hasSuffix("'s") || lowers[index - 1].hasSuffix("’s") else { return false }
        // The copula, after a modal or an adverb: "were", "are simply", "had been". Or a verb of
        // naming before the claim: "called the claim “a political attack on a company”".
        var k = index + 1
        let named = index >= 2 && namingVerbs.contains(lowers[index - 2])
        if named {
            // What it is named follows the claim, or "as" after it: `k` stands just before.
            k = index + 1 < lowers.count && lowers[index + 1] == "as" ? index + 1 : index
        } else {
            while k < lowers.count, k <= index + 3, !copulas.contains(lowers[k]),
                  ["had", "have", "has", "would", "could", "may", "might", "clearly", "merely", "simply", "just", "all"].contains(lowers[k]) { k += 1 }
            guard k < lowers.count, copulas.contains(lowers[k]) else { return false }
        }
        // What they are said to be, up to the clause's end: "“part of an organised campaign” to discredit".
        let predicate = Array(lowers[(k + 1)..<min(lowers.count, k + 12)].filter { $0 != "\"" }.prefix { ![",", ";", ".", ":"].contains($0) })
        guard let first = predicate.first else { return false }
        let opensNoun = ["a", "an", "part", "nothing", "another", "just", "simply", "merely", "clearly", "all"].contains(first)
        if opensNoun, predicate.prefix(6).contains(where: campaignNouns.contains) { return true }
        // Named "a political attack": an attack is a dismissal only when the claim is named one.
        if named, opensNoun, predicate.prefix(4).contains(where: { ["attack", "attacks"].contains($0) }) { return true }
        // "an attempt to discredit", "aimed at tarnishing", "designed to distract".
        return predicate.indices.contains { k in
            discreditingVerbs.contains(predicate[k]) && k > 0 && (predicate[k - 1] == "to" || predicate[k - 1] == "at")
                && (opensNoun || ["aimed", "designed", "meant", "intended"].contains(first))
        }
    }
}
