import BriefingModel

/// "Adria Volt said its prices had followed the regulator's own formula. 'We charged …,' the
/// company said": a word for a business points back to the latest business, not to a public
/// body named in between (a regulator, a ministry, the police), which no one calls "the company".
extension AttributionText {
    /// What "the <business noun>" stands for: a body with that word in its name, or one the text
    /// introduced with it ("Lakeside Breweries, the brewer,"), else the latest business. Nil when
    /// the text names no business, so the description is read as before.
    func businessReferent(of head: String, before position: Position) -> String? {
        guard NameLexicon.businessNouns.contains(head) else { return nil }
        if let named = latestActor(before: position, kinds: [.organization, .group, .media, .other], matching: { $0.lowercased().contains(head) }) {
            return named
        }
        return introducedBody(head: head, before: position) ?? latestBusiness(before: position)
    }

    /// The latest organisation named before a position that is no public body, for "the company".
    func latestBusiness(before position: Position) -> String? {
        latestActor(before: position, kinds: [.organization]) { name in
            !name.lowercased().split(separator: " ").contains { NameLexicon.publicBodyWords.contains(String($0)) }
        }
    }
}
