/// "police spokesperson Limbani Mwale", "league president Nisrine Haddad", "Party spokesperson
/// Felix Chirwa": a person whose title names a kind of body speaks for the one body of that kind
/// the text names ("Malawian Police", "League of …", "UTM Party"), when the names found gave the
/// person no affiliation. For the dispute camps only: the drafted actors stay as they are.
enum TitleCamps {
    typealias L = AttributionLexicon

    static func affiliated(_ text: AttributionText) -> [String: DraftActor] {
        var actors = text.actors
        let bodies = actors.values.filter { $0.kind == .organization }.map { body in
            (name: body.name, words: Set(body.name.lowercased().split(separator: " ").map(String.init)))
        }
        for (p, view) in text.paragraphs.enumerated() {
            for mention in view.mentions where mention.kind == .person && !mention.inQuote && mention.first >= 2 {
                guard let actor = actors[mention.actor], actor.affiliation == nil else { continue }
                if let body = recalledBody(of: mention, in: p, text: text, bodies: bodies), body != actor.name {
                    actors[actor.name]?.affiliation = body
                    continue
                }
                // The title's head just before the name, the kind of body just before the head.
                let head = view.tokens[mention.first - 1]
                let kind = view.tokens[mention.first - 2]
                guard head.kind == .word, kind.kind == .word, head.depth == 0, kind.depth == 0,
                      L.personNouns.contains(head.lower), NameLexicon.organizationCues.contains(kind.lower),
                      view.mention(endingAt: mention.first - 2) == nil else { continue }
                let named = bodies.filter { $0.words.contains(kind.lower) }
                guard named.count == 1, named[0].name != actor.name else { continue }
                actors[actor.name]?.affiliation = named[0].name
            }
        }
        counselClients(text, &actors)
        return actors
    }
}
