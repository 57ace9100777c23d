import BriefingModel

/// "'The fine stands,' the ministry's spokeswoman told reporters": a title owned by a body
/// named only by its common noun. The spokeswoman is folded into that body; a holder of
/// another title is its titled person when known. When the text drafted no such body, the
/// quote has no speaker rather than the latest person named, who is someone else.
extension AttributionText {
    enum BodyTitleReading {
        /// No "<body noun>'s" stands before the title.
        case notApplicable
        case speaker(String?)
    }

    func titleOfUnnamedBody(words: [String], head: String, at j: Int, in p: Int) -> BodyTitleReading {
        guard words.first == "the", words.count >= 3 else { return .notApplicable }
        // The owner: "ministry's", "union's", "company's" right after "the".
        let owner = words[1]
        guard owner.hasSuffix("'s") else { return .notApplicable }
        let noun = String(owner.dropLast(2))
        guard L.organizationNouns.contains(noun) || NameLexicon.businessNouns.contains(noun) else { return .notApplicable }
        // "the ministry's spokeswoman, Tamara Phiri," names its holder: the name rules read it.
        let view = paragraphs[p]
        let named = { (k: Int) in view.mentions.contains { $0.first == k && $0.kind == .person } }
        if named(j + 1) || (j + 2 < view.tokens.count && view.tokens[j + 1].lower == "," && named(j + 2)) { return .notApplicable }
        let position = Position(paragraph: p, token: j)
        let body = businessReferent(of: noun, before: position)
            ?? latestActor(before: position, kinds: [.organization, .group, .media, .other]) { $0.lowercased().split(separator: " ").contains(Substring(noun)) }
            ?? introducedBody(head: noun, before: position)
        guard let body else { return .speaker(nil) }
        let singular = head.hasSuffix("s") && !head.hasSuffix("ss") ? String(head.dropLast()) : head
        if ["spokesman", "spokeswoman", "spokesperson", "official", "spokespeople"].contains(singular) { return .speaker(body) }
        let titled = latestActor(before: position, kinds: [.person]) { name in
            let actor = self.actors[name]
            return (actor?.role?.lowercased().contains(singular) ?? false) && actor?.affiliation == body
        }
        return .speaker(titled ?? holderNamedLater(role: singular, owner: body, after: position) ?? body)
    }
}
