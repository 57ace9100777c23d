import BriefingModel

/// "Guinea accused the company of failing to build the refinery. … The company blamed the delay
/// on the state's failure to supply power": the one charged that lays the charged matter ("the
/// delay", "the outage", "the spill", named with "the" as a thing already told) on another cause
/// gives a rival account of it, and so denies the charge though it blames and denies nothing in
/// words. `resolveCounterAccounts` leaves a claim ("blamed", "accused") alone as a counter-charge
/// that asserts on its own; this lets that rule read the "blamed the X on Y" form of one — not
/// "blamed the regulator for …", which charges someone with something new.
extension DisputeFinder {
    static let blameCues: Set<String> = ["blamed", "blames", "blame", "blaming"]

    /// Does the position lay a matter already told ("the delay") on another cause ("on …")?
    static func blamesMatterElsewhere(_ position: StancePosition) -> Bool {
        guard blameCues.contains(position.cueWord.lowercased()), position.causeEffect != nil else { return false }
        let words = LowercaseWords.split(position.statement, keeping: "-'")
        guard words.first == "the", let link = words.firstIndex(of: "on") else { return false }
        // "the delay on", "the outage at the plant on": a short matter, then its cause.
        return link >= 2 && link <= 5 && !words[1..<link].contains("for")
    }
}
