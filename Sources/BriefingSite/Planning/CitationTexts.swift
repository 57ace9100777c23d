import BriefingModel
import BriefingRender

/// Every citation's view, with its Markdown rendered by `citation.md.mustache`, made once
/// per build for pages in a folder instead of once per page that shows it. An actor page
/// lists every paragraph that mentions the actor, so one paragraph's `¶3` link was made and
/// rendered again on the page of every actor it names (141,000 citations from 15,000
/// distinct ones on the actor pages of 1,000 articles). The partial is still a template a
/// site can override; it sees the citation's `label`, `url` and `title` only.
struct CitationTexts: Sendable {
    let templates: TemplateLibrary?
    /// Citation → its view on a page one folder down (actors/, events/, articles/ …),
    /// linking `../articles/<id>.html#p3`, shared by every such page that shows it. The view
    /// holds the rendered Markdown and hash; label, URL and title are made again when a
    /// template asks (held whole, they were 90 MiB more at the peak of a build of 10,000 articles).
    private var inFolder: [Citation: CitationView] = [:]

    static let template = "citation"
    /// How many citations were rendered ahead.
    var count: Int { inFolder.count }
    /// Any page one folder down that is no article: where `inFolder`'s links start from.
    private static let folderURLs = SiteURLs(from: "folder/page.html")

    init(templates: TemplateLibrary?) {
        self.templates = templates
    }

    /// The default templates, for plans made without a site's own (tests, previews).
    static let defaults = CitationTexts(templates: TemplateLibrary.load(overrides: nil).library)

    /// Every citation of the briefing, rendered once for pages in a folder, over the cores.
    /// With `actors`, when only those actors' pages (and none of events, disputes or places)
    /// will be planned, only their mentions: a citation not rendered ahead is rendered where
    /// a page shows it, to the same text.
    static func make(_ briefing: Briefing, templates: TemplateLibrary, actors: Set<String>? = nil) async -> CitationTexts {
        var seen: Set<Citation> = []
        var all: [Citation] = []
        func add(_ citations: [Citation]) {
            for citation in citations where seen.insert(citation).inserted { all.append(citation) }
        }
        if let actors {
            for id in actors.sorted() { add(briefing.actor(id)?.mentions ?? []) }
        } else {
            for actor in briefing.actors { add(actor.mentions) }
            for event in briefing.events { add(event.citations) }
            for quote in briefing.quotes { add(quote.citations) }
            for figure in briefing.figures { add(figure.citations) }
            for dispute in briefing.disputes { for position in dispute.positions { add(position.citations) } }
        }
        var texts = CitationTexts(templates: templates)
        let folderPage = CitationPage(urls: folderURLs, briefing: briefing)
        let views = await SiteBuilder.parallelMap(all) { citation in
            let view = view(of: citation, from: folderURLs, in: briefing, templates: templates)
            return CitationView(citation, on: folderPage, markdown: view.markdown, print: view.print)
        }
        texts.inFolder = Dictionary(zip(all, views), uniquingKeysWith: { first, _ in first })
        return texts
    }

    /// The citation as shown on `page`; its label, URL and title are made if a template asks.
    func view(of citation: Citation, on page: CitationPage) -> CitationView {
        // An article's own page links its paragraphs as `#p3`, so it cannot share the view.
        let urls = page.urls
        if urls.root == "../", !urls.isArticlePage(citation.article), let view = inFolder[citation] {
            return view
        }
        return Self.view(of: citation, from: urls, in: page.briefing, templates: templates)
    }

    static func view(of citation: Citation, from urls: SiteURLs, in briefing: Briefing, templates: TemplateLibrary?) -> CitationView {
        let (label, url, title) = fields(of: citation, from: urls, in: briefing)
        let print = CitationView.print(label: label, url: url, title: title)
        let markdown = templates?.markdown(template, CitationView(label: label, url: url, title: title, markdown: "", print: print)) ?? ""
        return CitationView(label: label, url: url, title: title, markdown: markdown, print: print)
    }

    static func fields(of citation: Citation, from urls: SiteURLs, in briefing: Briefing) -> (label: String, url: String, title: String) {
        let ref = citation.ref
        let title = briefing.articleTitle(citation.article) ?? citation.article
        let label = ref.sentence.map { "¶\(ref.paragraph).\($0)" } ?? "¶\(ref.paragraph)"
        let place = ref.sentence.map { "sentence \($0) of paragraph \(ref.paragraph)" } ?? "paragraph \(ref.paragraph)"
        return (label, urls.citation(citation), "Source: \(place) of “\(title)”")
    }
}
