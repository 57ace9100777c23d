/// "Norway's foreign ministry summoned the ambassador. “…,” a ministry spokeswoman said.": a
/// lower-case body word before an unnamed spokesperson or official names the kind of body it
/// speaks for, so the body is the latest one whose name holds that word, not the latest actor.
extension AttributionText {
    func bodyNamedByModifier(of head: Int, from start: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard start < head else { return nil }
        let modifiers = (start..<head).map { tokens[$0] }
            .filter { $0.kind == .word && $0.depth == 0 && !$0.isCapitalized && L.organizationNouns.contains($0.lower) }
            .map(\.lower)
        guard !modifiers.isEmpty else { return nil }
        let position = Position(paragraph: p, token: start)
        if let named = latestActor(before: position, kinds: [.organization, .group, .media, .other], matching: { name in
            name.lowercased().split(separator: " ").contains { modifiers.contains(String($0)) }
        }) {
            return named
        }
        // "a company spokesman said" with no "Company" in any name: the business the text
        // calls "the company", as "the company said" would be.
        return modifiers.lazy.compactMap { businessReferent(of: $0, before: position) }.first
    }
}
