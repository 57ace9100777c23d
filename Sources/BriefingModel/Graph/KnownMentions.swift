/// The actors a merge found mentioned in each article's paragraphs, so that the next merge
/// of the same front matter and the same article body need not search that body again
/// (the mention search is most of a merge). Whoever hands them back must know that
/// neither the article's file nor any front matter, definition or option changed since
/// (the site builder compares its input digests); a merge still searches any article
/// whose list does not fit its paragraphs or listed actors.
public struct KnownMentions: Sendable, Equatable {
    public struct Mention: Sendable, Hashable {
        public var actor: String
        public var paragraph: Int

        public init(actor: String, paragraph: Int) {
            self.actor = actor
            self.paragraph = paragraph
        }
    }

    /// By article id; in paragraph order, then actor id. An article without mentions has an empty list.
    public var byArticle: [String: [Mention]]

    public init(byArticle: [String: [Mention]] = [:]) {
        self.byArticle = byArticle
    }

    /// Every article's mentions in a merged briefing.
    public init(of briefing: Briefing) {
        var byArticle = Dictionary(uniqueKeysWithValues: briefing.articles.map { ($0.id, [Mention]()) })
        for actor in briefing.actors {
            for citation in actor.mentions {
                byArticle[citation.article, default: []].append(Mention(actor: actor.id, paragraph: citation.ref.paragraph))
            }
        }
        for (id, list) in byArticle {
            byArticle[id] = list.sorted { ($0.paragraph, $0.actor) < ($1.paragraph, $1.actor) }
        }
        self.byArticle = byArticle
    }
}
