import BriefingModel

/// Turns model values into view-model lines, with links relative to one page.
struct ViewFactory {
    let briefing: Briefing
    let urls: SiteURLs
    /// Article id → position in the briefing; made once per plan (`PlanIndex`), or here.
    var articleOrder: [String: Int]? = nil

    /// Citations made and rendered once per build (`CitationTexts`), or here for the pages it does not hold.
    var citationTexts: CitationTexts = .defaults
    /// This page, for its citations to make their texts from when a template asks.
    let citationPage: CitationPage

    init(briefing: Briefing, urls: SiteURLs, articleOrder: [String: Int]? = nil, citationTexts: CitationTexts = .defaults) {
        (self.briefing, self.urls, self.articleOrder, self.citationTexts) = (briefing, urls, articleOrder, citationTexts)
        citationPage = CitationPage(urls: urls, briefing: briefing)
    }

    func citations(_ citations: [Citation]) -> [CitationView] {
        citations.map { citationTexts.view(of: $0, on: citationPage) }
    }

    func actorLink(_ id: String) -> LinkView {
        LinkView(label: briefing.actor(id)?.name ?? id, url: urls.actor(id))
    }

    func placeLink(_ id: String) -> LinkView {
        LinkView(label: briefing.place(id)?.name ?? id, url: urls.place(id))
    }

    func articleLink(_ id: String) -> LinkView {
        LinkView(label: briefing.articleTitle(id) ?? id, url: urls.article(id))
    }

    func actorLine(_ actor: Actor, role: String? = nil, note: String? = nil) -> ActorLine {
        ActorLine(name: actor.name, url: urls.actor(actor.id), role: role ?? actor.role, note: note, unreviewed: !actor.reviewed)
    }

    /// An event line with `citations`, or else with the event's first sources and a link to the rest.
    func eventLine(_ event: Event, role: String? = nil, citations: [Citation]? = nil) -> EventLine {
        let sources = citations.map { (shown: self.citations($0), more: MoreSources?.none) } ?? eventSources(event)
        return EventLine(date: event.date?.display ?? "Undated", title: event.title, url: urls.event(event.id),
                         role: role, citations: sources.shown, moreSources: sources.more, unreviewed: !event.reviewed)
    }

    /// How many of an event's sources a line shows away from the event's own page.
    static let eventSourcesShown = 3

    /// An event's first sources, and the rest as a count linking to its page. Lines listed every
    /// source: an actor in a thousand events, each told by seventeen articles, had a 16 MB page
    /// of repeated links, most of its site's output; the event's page keeps them all.
    func eventSources(_ event: Event) -> (shown: [CitationView], more: MoreSources?) {
        let shown = citations(Array(event.citations.prefix(Self.eventSourcesShown)))
        let left = event.citations.count - shown.count
        return (shown, left > 0 ? MoreSources(count: left, url: urls.event(event.id) + "#sources") : nil)
    }

    func disputeLine(_ dispute: Dispute) -> DisputeLine {
        let actors = Set(dispute.positions.map(\.actor)).count
        let note = "\(dispute.positions.count) position\(dispute.positions.count == 1 ? "" : "s") from \(actors) actor\(actors == 1 ? "" : "s")"
        return DisputeLine(question: dispute.question, url: urls.dispute(dispute.id), status: dispute.status.rawValue, note: note,
                           unreviewed: !dispute.reviewed)
    }

    func articleLine(_ article: Article) -> ArticleLine {
        ArticleLine(title: article.title, url: urls.article(article.id), date: article.published.display,
                    source: article.sourceName, summary: article.summary)
    }

    func quoteView(_ quote: Quote, showArticle: Bool) -> QuoteView {
        QuoteView(text: quote.text, speaker: actorLink(quote.speaker), via: quote.via.map(actorLink),
                  article: showArticle ? articleLink(quote.article) : nil, citations: citations(quote.citations),
                  unreviewed: !quote.reviewed)
    }

    func positionView(_ position: Position, in dispute: Dispute?) -> PositionView {
        PositionView(actor: actorLink(position.actor), stance: position.stance.heading, claim: position.claim,
                     evidence: position.evidence,
                     dispute: dispute.map { LinkView(label: $0.question, url: urls.dispute($0.id)) },
                     citations: citations(position.citations), unreviewed: !position.reviewed)
    }

    func figureView(_ figure: Figure) -> FigureView {
        FigureView(value: figure.value, unit: figure.unit, about: figure.about, citations: citations(figure.citations),
                   unreviewed: !figure.reviewed)
    }

    /// Citations grouped by article, newest article first.
    func mentionGroups(_ citations: [Citation]) -> [MentionGroup] {
        var groups: [MentionGroup] = []
        let order = articleOrder ?? Dictionary(briefing.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byArticle = Dictionary(grouping: citations, by: \.article)
        let articles = byArticle.keys.map { (position: order[$0] ?? 0, id: $0) }.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        for article in articles.map(\.id) {
            let list = (byArticle[article] ?? []).sorted()
            groups.append(MentionGroup(article: articleLink(article), citations: self.citations(list)))
        }
        return groups
    }
}
