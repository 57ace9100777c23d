import BriefingModel

/// A page before its view is made: what the rest of a build needs to name, link, list and
/// count it. The view itself is made by `SitePlan.page(_:)` right before the page is
/// rendered, and dropped once it is written, so a build never holds every page's view.
public struct PageOutline: Sendable, Hashable {
    public var kind: PageKind
    public var id: String
    /// Relative to the output root, e.g. `actors/sergei-lavrov.html`.
    public var path: String
    /// Where the subject stands in the briefing's array of its kind (lists: in `SitePlanner.listPages`).
    var position: Int

    /// The Markdown edition beside the HTML page.
    public var markdownPath: String { PlannedPage.markdownPath(for: path) }
}

/// Every page of the site, decided up front from the briefing and an index of who points
/// at whom; each page's view is made on demand, from any thread.
public struct SitePlan: Sendable {
    public let briefing: Briefing
    public let search: Bool
    public let pages: [PageOutline]
    let index: PlanIndex
    /// The actor network's edges, for the home page and by actor (empty without Graphviz).
    let edges: [ActorNetwork.Edge]
    let edgesByActor: [String: [ActorNetwork.Edge]]

    /// `citations`: the briefing's citations rendered with the site's templates
    /// (`CitationTexts.make`); without them, the default templates render each where shown.
    init(_ briefing: Briefing, search: Bool = false, citations: CitationTexts) {
        self.briefing = briefing
        self.search = search
        index = PlanIndex(briefing, citationTexts: citations)
        var pages = [PageOutline(kind: .home, id: "index", path: "index.html", position: 0)]
        pages += briefing.articles.enumerated().map { PageOutline(kind: .article, id: $1.id, path: "articles/\($1.id).html", position: $0) }
        pages += briefing.actors.enumerated().map { PageOutline(kind: .actor, id: $1.id, path: "actors/\($1.id).html", position: $0) }
        pages += briefing.events.enumerated().map { PageOutline(kind: .event, id: $1.id, path: "events/\($1.id).html", position: $0) }
        pages += briefing.disputes.enumerated().map { PageOutline(kind: .dispute, id: $1.id, path: "disputes/\($1.id).html", position: $0) }
        pages += briefing.places.enumerated().map { PageOutline(kind: .place, id: $1.id, path: "places/\($1.id).html", position: $0) }
        pages += SitePlanner.listPages.enumerated().map { PageOutline(kind: .list, id: String($1.path.dropLast(5)), path: $1.path, position: $0) }
        if search { pages.append(PageOutline(kind: .list, id: "search", path: "search.html", position: SitePlanner.listPages.count)) }
        self.pages = pages
        // The network needs Graphviz; without it there is no graph, and the build says so.
        edges = ActorNetwork.graphviz == nil ? [] : ActorNetwork.edges(in: briefing)
        var edgesByActor: [String: [ActorNetwork.Edge]] = [:]
        for edge in edges {
            edgesByActor[edge.a, default: []].append(edge)
            if edge.b != edge.a { edgesByActor[edge.b, default: []].append(edge) }
        }
        self.edgesByActor = edgesByActor
    }

    public init(_ briefing: Briefing, search: Bool = false) {
        self.init(briefing, search: search, citations: .defaults)
    }

    static func actorGraphPath(_ id: String) -> String { "graphs/actors/\(id).svg" }
    static let homeGraphPath = "graphs/network.svg"

    /// The page with its view, feed, graph, search filters and structured data.
    public func page(_ outline: PageOutline) -> PlannedPage { page(outline, articleBody: nil) }

    /// The same, for an article page with `articleBody` when the briefing's was not read (`Briefing.unreadBodies`).
    func page(_ outline: PageOutline, articleBody: String?) -> PlannedPage {
        var page = switch outline.kind {
        case .home: SitePlanner.home(briefing, citations: index.citationTexts)
        case .article: SitePlanner.article(briefing, article(at: outline.position, body: articleBody), index: index)
        case .actor: SitePlanner.actor(briefing, briefing.actors[outline.position], index: index)
        case .event: SitePlanner.event(briefing, briefing.events[outline.position], index: index)
        case .dispute: SitePlanner.dispute(briefing, briefing.disputes[outline.position], index: index)
        case .place: SitePlanner.place(briefing, briefing.places[outline.position], index: index)
        case .list: SitePlanner.list(outline.path, briefing, citations: index.citationTexts)
        }
        if search && [.article, .actor, .event, .dispute, .place].contains(page.kind) {
            page.searchFilters = SearchIndex.filters(for: page, in: briefing)
        }
        switch page.kind {
        case .home:
            if let dot = ActorNetwork.dot(briefing, edges: edges, around: nil, linkRoot: "../") {
                page.graph = GraphPlan(path: Self.homeGraphPath, dot: dot, caption: "Who is linked to whom: shared events in grey, the same side of a dispute in blue, opposite sides in red. Select an actor to open its page.")
            }
            page.feed = "feed.xml"
        case .actor:
            if let dot = ActorNetwork.dot(briefing, edges: edgesByActor[page.id] ?? [], around: page.id, linkRoot: "../../") {
                page.graph = GraphPlan(path: Self.actorGraphPath(page.id), dot: dot, caption: "\(page.title) and the actors linked to them.")
            }
            page.feed = AtomFeed.feedPath(actor: page.id)
        case .dispute:
            page.feed = AtomFeed.feedPath(dispute: page.id)
        default: break
        }
        page.structuredData = StructuredData.json(for: page, in: briefing)
        return page
    }

    private func article(at position: Int, body: String?) -> Article {
        var article = briefing.articles[position]
        if let body { article.body = body }
        return article
    }
}
