import BriefingModel

/// "The General Directorate of Migration said … The Dominican migration agency disputed the
/// figure": a description whose owner is a country (by its adjective or its possessive) and
/// whose head is a body noun stands for a body of that country named before, when one of the
/// description's own modifiers is a word of that body's name ("migration"). Without this the
/// description fell to the country, and the body's side was given to the state.
extension AttributionText {
    func nationalBody(owner: String, modifiers: [String], before position: Position) -> String? {
        guard actors[owner]?.kind == .country else { return nil }
        let topical = modifiers.filter { $0.count > 3 && !NameLexicon.functionWords.contains($0) && !L.organizationNouns.contains($0) && !Self.ownerNeutralWords.contains($0) }
        guard !topical.isEmpty else { return nil }
        let gazetteer = Gazetteer.standard
        let home = gazetteer.country(named: owner)?.name ?? owner
        func names(_ name: String, affiliated: Bool) -> Bool {
            guard name != owner, let actor = self.actors[name] else { return false }
            guard affiliated ? actor.affiliation == owner : actor.affiliation == nil else { return false }
            let words = name.split(separator: " ").map(String.init)
            // "the Nigerian revenue agency" is not the Ghana Revenue Authority, nor "the Dominican
            // migration agency" the International Organization for Migration.
            if words.contains(where: { Self.supranationalWords.contains($0) }) { return false }
            if words.contains(where: { word in
                guard let country = gazetteer.country(demonym: word) ?? gazetteer.country(named: word) else { return false }
                return country.name != home
            }) { return false }
            let lowered = words.map { $0.lowercased() }
            return topical.contains { lowered.contains($0) }
        }
        // A body the text ties to that country first, then one tied to none; the latest one in
        // reach, or else the only one the text names at all (it may be named paragraphs before).
        for affiliated in [true, false] {
            if let body = latestActor(before: position, kinds: [.organization], matching: { names($0, affiliated: affiliated) }) { return body }
            let named = actors.values.filter { $0.kind == .organization && names($0.name, affiliated: affiliated) }
            if named.count == 1 { return named[0].name }
        }
        return nil
    }

    /// The same description as a clause's subject ("The Ghanaian revenue agency disputed the
    /// figure, saying …"): a country's adjective, then up to three lower-case words that end in a
    /// body noun, before the verb.
    func nationalBody(describedFrom mention: ParagraphView.Mention, before limit: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard !mention.possessive, actors[mention.actor]?.kind == .country else { return nil }
        var words: [String] = []
        var k = mention.last + 1
        while k < limit, words.count < 4, tokens[k].kind == .word, tokens[k].depth == 0, !tokens[k].isCapitalized {
            words.append(tokens[k].lower)
            if L.organizationNouns.contains(tokens[k].lower) { break }
            k += 1
        }
        guard words.count >= 2, let head = words.last, L.organizationNouns.contains(head) else { return nil }
        return nationalBody(owner: mention.actor, modifiers: Array(words.dropLast()), before: Position(paragraph: p, token: mention.first))
    }

    /// Modifiers that say nothing of what a body does: "the Kenyan national police", "its state agency".
    static let ownerNeutralWords: Set<String> = ["national", "federal", "state", "central", "public", "official", "main", "chief", "country", "government"]

    /// Words of a body's name that make it no single country's.
    static let supranationalWords: Set<String> = ["International", "World", "Global", "United", "UN", "European", "Regional", "Inter-American", "Intergovernmental"]
}
