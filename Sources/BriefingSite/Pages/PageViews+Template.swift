import BriefingRender

// Templates read these views' fields through readers made once per type rather than a
// Mirror filter per look-up (see `TemplateView`): most of a page's rendering time went to
// those look-ups. Each non-generic view keeps its table in a `static let`, read without a lock.
extension LinkView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension CitationView: TemplateView {
    /// The fields a citation template sees; `label`, `url` and `title` are made only here.
    func child(named name: String) -> Any? {
        switch name {
        case "markdown": TemplateText(markdown)
        case "label": TemplateText(label)
        case "url": TemplateText(url)
        case "title": TemplateText(title)
        case "print": print
        default: nil
        }
    }
}

/// A line that cites its sources: `citations.md.mustache` inserts `{{{citationsMarkdown}}}`,
/// each citation's Markdown (rendered by `citation.md.mustache`) one after another. Looping
/// over the citations in the template gave the same text at a section, a context and a
/// look-up per citation, and an actor page lists thousands (141,000 at 1,000 articles).
protocol CitingView: TemplateView {
    var citations: [CitationView] { get }
}

extension CitingView {
    func child(named name: String) -> Any? {
        if name == "citationsMarkdown" { return TemplateText(CitationView.joinedMarkdown(citations)) }
        return storedField(named: name)
    }
}

extension CitationView {
    /// The citations' Markdown one after another, as `{{#citations}}{{{markdown}}}{{/citations}}` renders it.
    static func joinedMarkdown(_ citations: [CitationView]) -> String {
        var text = ""
        text.reserveCapacity(citations.reduce(0) { $0 + $1.markdown.utf8.count })
        for citation in citations { text += citation.markdown }
        return text
    }
}

extension ActorLine: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension EventLine: CitingView { static let templateFields = TemplateFields(of: Self.self) }
extension MoreSources: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension DisputeLine: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension ArticleLine: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension QuoteView: CitingView { static let templateFields = TemplateFields(of: Self.self) }
extension PositionView: CitingView { static let templateFields = TemplateFields(of: Self.self) }
extension StanceGroup: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension FigureView: CitingView { static let templateFields = TemplateFields(of: Self.self) }
extension MentionGroup: CitingView { static let templateFields = TemplateFields(of: Self.self) }
extension NamedGroup: TemplateView {}
extension SourceView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension HomeView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension ArticleView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension ActorView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension EventView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension DisputeView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension PlaceView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension ListView: TemplateView {}
extension Crumb: TemplateView { public static let templateFields = TemplateFields(of: Self.self) }
extension LayoutView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension LayoutView.NavItem: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension TimeView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension TimelineItem: CitingView { static let templateFields = TemplateFields(of: Self.self) }
extension TimelineMonth: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension TimelineYear: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension TimelineView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
extension HeaderView: TemplateView { static let templateFields = TemplateFields(of: Self.self) }
