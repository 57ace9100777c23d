extension BriefingGraph {
    /// The merge of `articles` and the definitions, made from `previous`, a merge of the same
    /// front matter and definition files (`GraphArchive`), when only the bodies of `changed`
    /// articles may differ from the bodies it was made with: a body gives the merge nothing
    /// but its text, its paragraphs, the mentions found in them and the checks of the
    /// article's sources against its paragraphs, so only those are done again, and the
    /// mentions only in `changed` articles (the others' are `known`).
    /// nil when `previous` is not of these articles (another set of ids or paths): merge whole.
    public static func rebuild(_ previous: Briefing, config: SiteConfig, articles: [ArticleInput], changed: Set<String>,
                               known: KnownMentions) -> (briefing: Briefing, diagnostics: [Diagnostic])? {
        rebuild(previous, config: config, texts: articles.map(ArticleText.init), changed: articles.filter { changed.contains($0.id) },
                known: known)
    }

    /// The same, from the text of every article (in load order) and the whole input of the
    /// changed ones alone: an unchanged article's front matter is the merge's already.
    public static func rebuild(_ previous: Briefing, config: SiteConfig, texts: [ArticleText], changed: [ArticleInput],
                               known: KnownMentions) -> (briefing: Briefing, diagnostics: [Diagnostic])? {
        guard texts.count == previous.articles.count else { return nil }
        var inputs: [String: ArticleText] = [:]
        inputs.reserveCapacity(texts.count)
        for input in texts { inputs[input.id] = input }
        var merged: [Article] = []
        merged.reserveCapacity(previous.articles.count)
        var unread: Set<String> = []
        for article in previous.articles {
            guard let input = inputs[article.id], input.path == article.path else { return nil }
            var article = article
            if let body = input.body {
                article.body = body
            } else {
                unread.insert(article.id)
            }
            article.paragraphs = input.paragraphs
            merged.append(article)
        }
        var checks = Merger()
        for input in changed.sorted(by: { $0.id < $1.id }) { checks.checkSources(of: input) }
        var known = known
        for input in changed { known.byArticle[input.id] = nil }
        let (mentions, searched, lists) = Merger.mentions(in: merged, actors: previous.actors, known: known)
        let actors = previous.actors.map { actor -> Actor in
            var actor = actor
            actor.mentions = mentions[actor.id] ?? []
            return actor
        }
        var briefing = Briefing(config: config, articles: merged, actors: actors, places: previous.places, events: previous.events,
                                disputes: previous.disputes, quotes: previous.quotes, figures: previous.figures)
        briefing.unreviewed = previous.unreviewed
        briefing.mentionSearches = searched
        briefing.mentionLists = lists
        briefing.reusedMerge = true
        briefing.unreadBodies = unread
        return (briefing, checks.diagnostics.sorted())
    }
}

/// What a rebuild needs of an article whose file did not change since the merge it starts
/// from: its text and where it is, not its front matter.
public struct ArticleText: Sendable {
    public var id: String
    public var path: String
    /// nil when the file was not read (its paragraphs were known): the body is then read only
    /// where it is shown (`Briefing.unreadBodies`).
    public var body: String?
    public var paragraphs: [Paragraph]

    public init(id: String, path: String, body: String?, paragraphs: [Paragraph]) {
        self.id = id
        self.path = path
        self.body = body
        self.paragraphs = paragraphs
    }

    public init(_ input: ArticleInput) {
        self.init(id: input.id, path: input.path, body: input.body, paragraphs: input.paragraphs)
    }
}
