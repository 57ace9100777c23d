/// "Opposition lawmakers from the United Democratic Party said …": legislators named with
/// their party speak as the party (unnamed members are folded into their body, as unnamed
/// spokespeople are). Where the text ties such a group voice to one party by "from" or "of",
/// every cue credited to the voice goes to the party: "opposition lawmakers accused …" in the
/// lead, "The opposition said …" further down. "Lawmakers from the Senate" names the chamber
/// they sit in, not a party, and "Opposition lawmakers in the Saeima" a place.
extension AttributionText {
    /// `NameFinding.legislatorHeads` and the words for members in general.
    static let memberHeads = NameFinding.legislatorHeads.union(["lawmakers", "parliamentarians"])

    /// Words that end the name of a chamber or a state body, not of a party.
    static let chamberWords: Set<String> = [
        "parliament", "senate", "assembly", "congress", "house", "chamber", "committee", "commission", "council",
        "ministry", "government", "court", "office", "department",
    ]

    /// Each group voice of legislators the text names with exactly one party.
    static func voiceParties(_ paragraphs: [ParagraphView], actors: [String: DraftActor]) -> [String: String] {
        var found: [String: Set<String>] = [:]
        for view in paragraphs {
            for mention in view.mentions where mention.kind == .other && !mention.inQuote && !mention.possessive {
                guard let head = mention.actor.lowercased().split(separator: " ").last, memberHeads.contains(String(head)),
                      memberHeads.contains(view.tokens[mention.last].lower) else { continue }
                var k = mention.last + 1
                guard k < view.tokens.count, view.tokens[k].depth == 0, ["from", "of"].contains(view.tokens[k].lower) else { continue }
                k += 1
                if k < view.tokens.count, view.tokens[k].lower == "the" { k += 1 }
                guard k < view.tokens.count, let party = view.mention(startingAt: k), party.kind == .organization, !party.possessive,
                      let last = party.actor.lowercased().split(separator: " ").last, !chamberWords.contains(String(last)) else { continue }
                found[mention.actor, default: []].insert(party.actor)
            }
        }
        return found.compactMapValues { $0.count == 1 ? $0.first : nil }
    }
}
