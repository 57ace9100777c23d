import BriefingModel

/// "the Taiyuan Satellite Launch Center", "the Los Flamencos National Reserve", "the Lesotho
/// Highlands Water Project": a name whose last word is a site word names a place (a launch
/// site, a park, a dam scheme), not an actor. The chunker reads "Center", "Reserve" and
/// "Project" as organisation words, since "the Carter Center" and "the Federal Reserve" are
/// bodies too; what tells them apart is that a body speaks. So such a name stays an actor only
/// where it holds a dispute side or a quote, or stands before a speech verb ("the Carter
/// Center said"); otherwise it leaves the actors (and events' participants).
extension Drafter {
    static let siteHeadWords: Set<String> = [
        "center", "centre", "station", "plant", "dam", "mine", "reserve", "project", "airport",
    ]

    static func withoutSilentSites(_ draft: Draft) -> Draft {
        let held = Set(draft.disputes.flatMap { $0.sides.map(\.actor) } + draft.quotes.compactMap(\.speaker) + draft.quotes.compactMap(\.via))
        let sites = Set(draft.actors.filter { actor in
            guard actor.kind == .organization, !held.contains(actor.name),
                  let last = actor.name.split(separator: " ").last, actor.name.contains(" "),
                  siteHeadWords.contains(last.lowercased()) else { return false }
            return !speaks(actor, in: draft.text)
        }.map(\.name))
        return removingActors(sites, from: draft)
    }

    /// A name or alias (or "according to" before it) of the actor with a speech verb within three words after it or two before.
    static func speaks(_ actor: DraftActor, in text: DraftText) -> Bool {
        let forms = [actor.name] + actor.aliases
        for ref in actor.mentions {
            guard let sentence = text.sentence(ref)?.text else { continue }
            for form in forms {
                var searchRange = sentence.startIndex..<sentence.endIndex
                while let found = sentence.range(of: form, range: searchRange) {
                    // "the Carter Center said", "… on Tuesday said", "said the Carter Center".
                    let after = sentence[found.upperBound...].split(whereSeparator: { !$0.isLetter }).prefix(3)
                    let before = sentence[..<found.lowerBound].split(whereSeparator: { !$0.isLetter }).filter { $0.lowercased() != "the" }.suffix(2)
                    if (after + before).contains(where: { NameLexicon.speechVerbs.contains($0.lowercased()) }) { return true }
                    // "according to the Armed Conflict Location and Event Data Project": a source speaks.
                    if before.map({ $0.lowercased() }) == ["according", "to"] { return true }
                    searchRange = found.upperBound..<sentence.endIndex
                }
            }
        }
        return false
    }
}
