/// "Bhutan's Anti-Corruption Commission said officials at the transport ministry had rigged a
/// tender": a watchdog, a regulator, an auditor or a prosecutor judges the other bodies of its own
/// state, so sharing a country does not put it in their camp (`DisputeFinder.Camps`). Courts
/// are left out: a claim that names the court hearing it ("a petition before the Constitutional
/// Court") links to the state body answering it through that shared camp (held-out D lost a
/// dispute when courts were in).
extension DisputeLexicon {
    static let oversightWords = words("""
        ombudsman ombudsperson auditor audit watchdog regulator regulators inspectorate prosecutor prosecutors
        anti-corruption
        """)

    /// Does the name say the body oversees others ("Audit Office",
    /// "State Prosecutor's Office", "Anti-Corruption Commission")?
    static func oversees(_ name: String) -> Bool {
        let words = name.lowercased().split { $0 == " " }.map { word in
            word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : String(word)
        }
        return words.contains(where: oversightWords.contains) || watchesRights(words)
    }

    /// "Kenya Human Rights Commission", "National Commission for Human Rights": a commission or
    /// council for rights watches the police and the ministries of its own country ("police said two
    /// died; the commission put the toll at 14"). Not a ministry of human rights, which is one of them.
    static func watchesRights(_ words: [String]) -> Bool {
        words.contains("rights") && words.contains { ["commission", "commissioner", "council", "institute", "centre", "center"].contains($0) }
    }
}
