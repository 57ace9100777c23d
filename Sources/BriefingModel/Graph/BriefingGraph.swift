/// One article as the site loader hands it over: its declarations and its paragraphs.
public struct ArticleInput: Sendable {
    public var id: String
    public var path: String
    public var declaration: ArticleDeclaration
    public var body: String
    public var paragraphs: [Paragraph]

    public init(id: String, path: String, declaration: ArticleDeclaration, body: String, paragraphs: [Paragraph]) {
        self.id = id
        self.path = path
        self.declaration = declaration
        self.body = body
        self.paragraphs = paragraphs
    }
}

/// The curated site-wide files: `actors/*.yml`, `places/*.yml`, `events/*.yml`, `disputes/*.yml`.
public struct Definitions: Sendable {
    public var actors: [ActorDeclaration] = []
    public var places: [PlaceDeclaration] = []
    public var events: [EventDeclaration] = []
    public var disputes: [DisputeDeclaration] = []

    public init() {}
}

/// Merges every file's declarations into one `Briefing` and validates it whole:
/// ids, conflicting definitions, references, and source references.
public enum BriefingGraph {
    public static func build(config: SiteConfig, articles: [ArticleInput], definitions: Definitions,
                             known: KnownMentions = .init()) -> (briefing: Briefing, diagnostics: [Diagnostic]) {
        var merger = Merger()
        merger.add(definitions: definitions)
        let inputs = articles.sorted { $0.id < $1.id }
        for article in inputs { merger.add(article: article) }
        let briefing = merger.finish(config: config, articles: inputs, known: known)
        return (briefing, merger.diagnostics.sorted())
    }
}
