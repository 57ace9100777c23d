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
        guard articles.count == previous.articles.count else { return nil }
        var inputs: [String: ArticleInput] = [:]
        inputs.reserveCapacity(articles.count)
        for input in articles { inputs[input.id] = input }
        var merged: [Article] = []
        merged.reserveCapacity(previous.articles.count)
        for article in previous.articles {
            guard let input = inputs[article.id], input.path == article.path else { return nil }
            var article = article
            article.body = input.body
            article.paragraphs = input.paragraphs
            merged.append(article)
        }
        var checks = Merger()
        for id in changed.sorted() {
            if let input = inputs[id] { checks.checkSources(of: input) }
        }
        var known = known
        for id in changed { known.byArticle[id] = nil }
        let (mentions, searched) = Merger.mentions(in: merged, actors: previous.actors, known: known)
        let actors = previous.actors.map { actor -> Actor in
            var actor = actor
            actor.mentions = mentions[actor.id] ?? []
            return actor
        }
        var briefing = Briefing(config: config, articles: merged, actors: actors, places: previous.places, events: previous.events,
                                disputes: previous.disputes, quotes: previous.quotes, figures: previous.figures)
        briefing.unreviewed = previous.unreviewed
        briefing.mentionSearches = searched
        briefing.reusedMerge = true
        return (briefing, checks.diagnostics.sorted())
    }
}
