import BriefingModel
import BriefingRender

/// One finished page: its HTML, its Markdown edition, and what the link check needs.
struct RenderedPage: Sendable {
    var page: PlannedPage
    var html: String
    var markdown: String
}

struct LayoutView: Sendable {
    struct NavItem: Sendable {
        var label: String
        var href: String
        var current: Bool
    }

    var lang: String
    var title: String
    var siteTitle: String
    var description: String?
    var canonicalURL: String?
    var root: String
    var stylesheet: String
    var kind: String
    var nav: [NavItem]
    /// The site header, rendered from `header.html.mustache` (see `HeaderView`).
    var header: String
    var breadcrumbs: [Crumb]
    var body: String
    var markdownHref: String
    var structuredData: String?
    var feedHref: String?
    var feedTitle: String?
    var graphHref: String?
    var graphCaption: String?
    var searchable: Bool
    var searchFilters: [String]
    var searchUI: Bool
    var generator = "Briefing"
}

/// What `header.html.mustache` receives: nothing that differs between two pages of one
/// folder, unless one of them is in the navigation itself.
struct HeaderView: Sendable {
    var root: String
    var siteTitle: String
    var nav: [LayoutView.NavItem]
}

/// Page → Markdown (template) → HTML fragment (cmark) → HTML page (layout).
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    let config: SiteConfig
    /// The site has a search page (Pagefind is installed and search is on).
    let search: Bool
    /// The header of every page that is not itself in the navigation, by root ("" or "../"):
    /// rendered once per build instead of once per page.
    private var sharedHeaders: [String: String] = [:]

    static let stylesheet = "assets/briefing.css"

    init(templates: TemplateLibrary, config: SiteConfig, search: Bool = false) {
        self.templates = templates
        self.config = config
        self.search = search
        self.sharedHeaders = Dictionary(uniqueKeysWithValues: ["", "../"].map { root in
            (root, header(SiteURLs(from: root.isEmpty ? "page.html" : "folder/page.html"), current: nil))
        })
    }

    func render(_ page: PlannedPage) -> RenderedPage {
        let markdown = templates.markdown(page.template, page.view)
        let fragment = html(for: markdown, page: page)
        let urls = SiteURLs(from: page.path)
        let nav = navigation(urls, current: page.path)
        let isInNavigation = nav.contains(where: \.current)
        let header = isInNavigation ? nil : sharedHeaders[urls.root]
        let title = page.kind == .home ? config.title : "\(page.title) · \(config.title)"
        let layout = LayoutView(
            lang: config.language, title: title, siteTitle: config.title,
            description: page.description.map { Self.plainLine($0, limit: 300) },
            canonicalURL: config.baseURL.map { SiteURLs.absolute(page.path, base: $0) },
            root: urls.root, stylesheet: urls.to(Self.stylesheet), kind: page.kind.rawValue,
            nav: nav, header: header ?? self.header(urls, current: page.path), breadcrumbs: page.breadcrumbs, body: fragment,
            markdownHref: String(page.markdownPath.split(separator: "/").last ?? ""),
            structuredData: page.structuredData,
            feedHref: page.feed.map(urls.to), feedTitle: page.feed.map { _ in "\(page.title) (Atom feed)" },
            graphHref: page.graph.map { urls.to($0.path) }, graphCaption: page.graph?.caption,
            searchable: page.searchFilters != nil, searchFilters: page.searchFilters ?? [], searchUI: page.path == "search.html")
        return RenderedPage(page: page, html: templates.layout(layout), markdown: markdown)
    }

    func navigation(_ urls: SiteURLs, current: String?) -> [LayoutView.NavItem] {
        [LayoutView.NavItem(label: "Home", href: urls.to("index.html"), current: current == "index.html")]
            + SitePlanner.listPages.map { LayoutView.NavItem(label: $0.title, href: urls.to($0.path), current: current == $0.path) }
            + (search ? [LayoutView.NavItem(label: "Search", href: urls.to("search.html"), current: current == "search.html")] : [])
    }

    /// The header for pages at `urls`' depth; `current` marks the page's own navigation entry.
    /// Without its final line break, as the layout's `{{{header}}}` stands on a line of its own.
    func header(_ urls: SiteURLs, current: String?) -> String {
        let view = HeaderView(root: urls.root, siteTitle: config.title, nav: navigation(urls, current: current))
        let header = templates.html("header", view)
        return header.utf8.last == UInt8(ascii: "\n") ? String(decoding: header.utf8.dropLast(), as: UTF8.self) : header
    }

    /// An article's own text is rendered on its own, so that its paragraphs are numbered
    /// exactly as the model numbers them (`#p3` is the third paragraph of the body) and
    /// first mentions are linked only in the text, not in the side panel.
    func html(for markdown: String, page: PlannedPage) -> String {
        if let template = page.htmlTemplate { return templates.html(template, page.view) }
        let plain = HTMLOptions(listsLinks: false)
        guard let body = page.articleBody, !body.isEmpty, let (head, tail) = Self.split(markdown, around: body) else {
            return Cmark.html(from: markdown, options: plain).html
        }
        let before = Cmark.html(from: head, options: plain).html
        let text = Cmark.html(from: body, options: HTMLOptions(anchorParagraphs: true, mentionLinks: page.mentionLinks, listsLinks: false)).html
        let after = Cmark.html(from: tail, options: plain).html
        return before + "<div class=\"article-text\">\n" + text + "</div>\n" + after
    }

    /// The text before and after the first occurrence of `part`, found byte for byte
    /// (Foundation's `range(of:)` compares Unicode-aware and was a hot spot).
    static func split(_ text: String, around part: String) -> (String, String)? {
        let haystack = Array(text.utf8), needle = Array(part.utf8)
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) {
                return (String(decoding: haystack[..<start], as: UTF8.self),
                        String(decoding: haystack[(start + needle.count)...], as: UTF8.self))
            }
            start += 1
        }
        return nil
    }

    /// A meta description: one line, without Markdown.
    static func plainLine(_ text: String, limit: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }
}
