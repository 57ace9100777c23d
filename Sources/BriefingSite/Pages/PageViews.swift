import BriefingModel

// Typed view models for the Markdown templates: small structs of ready-formatted strings.
// swift-mustache looks fields up by name, so a field renamed here must be renamed in
// Templates/*.md.mustache too (the golden tests catch a miss).

struct LinkView: Sendable, Encodable {
    var label: String
    var url: String
}

/// A provenance link: `¶9` to the paragraph that states a fact.
///
/// One reference to texts made once: a page in a folder shares the view of each citation it
/// shows with every other such page (`CitationTexts`), and swift-mustache copies a view into
/// an `Any` for each look-up, which for the fields held inline meant a heap box and a retain
/// per field each time.
struct CitationView: Sendable, Encodable {
    private let storage: Storage

    private final class Storage: Sendable {
        /// The label, URL and title as given, or the citation and page to make them from when a
        /// template asks: the default templates insert only `markdown`, and making three texts
        /// for each of a build's hundreds of thousands of citations shown was most of its cost.
        let source: Source
        let markdown: String
        let print: UInt64

        init(source: Source, markdown: String, print: UInt64) {
            (self.source, self.markdown, self.print) = (source, markdown, print)
        }
    }

    private enum Source: Sendable {
        case given(label: String, url: String, title: String)
        case cited(Citation, on: CitationPage)
    }

    /// This citation rendered by `citation.md.mustache`, once per build (`CitationTexts`);
    /// `citations.md.mustache` inserts a line's citations' texts joined (`{{{citationsMarkdown}}}`).
    var markdown: String { storage.markdown }
    /// A hash of `label`, `url` and `title`, made with the view: a page's fingerprint takes
    /// this number instead of the three texts (an actor page holds thousands of citations).
    /// `markdown` follows from them and the templates, which the fingerprint holds already.
    var print: UInt64 { storage.print }

    init(label: String, url: String, title: String, markdown: String = "") {
        self.init(label: label, url: url, title: title, markdown: markdown, print: Self.print(label: label, url: url, title: title))
    }

    /// A view whose text and hash were made already, for the same label, URL and title.
    init(label: String, url: String, title: String, markdown: String, print: UInt64) {
        storage = Storage(source: .given(label: label, url: url, title: title), markdown: markdown, print: print)
    }

    /// A view whose text and hash were made already, for `citation` as shown on `page`.
    init(_ citation: Citation, on page: CitationPage, markdown: String, print: UInt64) {
        storage = Storage(source: .cited(citation, on: page), markdown: markdown, print: print)
    }

    static func print(label: String, url: String, title: String) -> UInt64 {
        var hash = ContentHash()
        for field in [label, url, title] {
            hash.update(field.utf8.count)
            hash.update(field)
        }
        return hash.finalize()
    }

    var fields: (label: String, url: String, title: String) {
        switch storage.source {
        case .given(let label, let url, let title): (label, url, title)
        case .cited(let citation, let page): CitationTexts.fields(of: citation, from: page.urls, in: page.briefing)
        }
    }

    var label: String { fields.label }
    var url: String { fields.url }
    var title: String { fields.title }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(print)
    }
}

/// The page a `CitationView` is shown on, shared by all of that page's citations.
final class CitationPage: Sendable {
    let urls: SiteURLs
    let briefing: Briefing

    init(urls: SiteURLs, briefing: Briefing) {
        self.urls = urls
        self.briefing = briefing
    }
}

struct ActorLine: Sendable, Encodable {
    var name: String
    var url: String
    var role: String?
    var note: String?
    var unreviewed = false
}

struct EventLine: Sendable, Encodable {
    var date: String
    var title: String
    var url: String
    var role: String?
    var citations: [CitationView]
    var moreSources: MoreSources? = nil
    var unreviewed = false
}

/// The sources an event line leaves out, on the event's own page (`#sources`), which lists them all.
struct MoreSources: Sendable, Encodable {
    var count: Int
    var url: String
}

struct DisputeLine: Sendable, Encodable {
    var question: String
    var url: String
    var status: String
    var note: String
    var unreviewed = false
}

struct ArticleLine: Sendable, Encodable {
    var title: String
    var url: String
    var date: String
    var source: String?
    var summary: String?
}

struct QuoteView: Sendable, Encodable {
    var text: String
    var speaker: LinkView
    var via: LinkView?
    var article: LinkView?
    var citations: [CitationView]
    var unreviewed = false
}

struct PositionView: Sendable, Encodable {
    var actor: LinkView
    var stance: String
    var claim: String
    var evidence: String?
    var dispute: LinkView?
    var citations: [CitationView]
    var unreviewed = false
}

struct StanceGroup: Sendable, Encodable {
    var heading: String
    var positions: [PositionView]
}

struct FigureView: Sendable, Encodable {
    var value: String
    var unit: String?
    var about: String
    var citations: [CitationView]
    var unreviewed = false
}

struct MentionGroup: Sendable, Encodable {
    var article: LinkView
    var citations: [CitationView]
}

struct NamedGroup<Item: Sendable & Encodable>: Sendable, Encodable {
    var heading: String
    var items: [Item]
}

struct SourceView: Sendable, Encodable {
    var name: String?
    var url: String?
}

// MARK: Pages

struct HomeView: Sendable, Encodable {
    var title: String
    var description: String?
    var stats: String
    var keyActors: [ActorLine]
    var latestEvents: [EventLine]
    var openDisputes: [DisputeLine]
    var articles: [ArticleLine]
}

struct ArticleView: Sendable, Encodable {
    var title: String
    var published: String
    var source: SourceView?
    var byline: String?
    var summary: String?
    var body: String
    var actors: [ActorLine]
    var places: [LinkView]
    var events: [EventLine]
    var disputes: [DisputeLine]
    var quotes: [QuoteView]
    var figures: [FigureView]
}

struct ActorView: Sendable, Encodable {
    var name: String
    var kind: String
    var role: String?
    var affiliation: LinkView?
    var aliases: String?
    var description: String?
    var members: [ActorLine]
    var events: [EventLine]
    var quotes: [QuoteView]
    var positions: [PositionView]
    var related: [ActorLine]
    var mentions: [MentionGroup]
    var places: [LinkView]
    /// Drafted by `briefing import`, not yet checked by a person.
    var unreviewed = false
}

struct EventView: Sendable, Encodable {
    var title: String
    var when: String?
    var precision: String?
    var place: LinkView?
    var description: String?
    var participants: [ActorLine]
    var sources: [MentionGroup]
    var previous: EventLine?
    var next: EventLine?
    /// Drafted by `briefing import`, not yet checked by a person.
    var unreviewed = false
}

struct DisputeView: Sendable, Encodable {
    var question: String
    var status: String
    var summary: String
    var description: String?
    var groups: [StanceGroup]
    var articles: [ArticleLine]
    /// Drafted by `briefing import`, not yet checked by a person.
    var unreviewed = false
}

struct PlaceView: Sendable, Encodable {
    var name: String
    var kind: String
    var country: LinkView?
    var aliases: String?
    var description: String?
    var events: [EventLine]
    var articles: [ArticleLine]
    /// Drafted by `briefing import`, not yet checked by a person.
    var unreviewed = false
}

struct ListView<Item: Sendable & Encodable>: Sendable, Encodable {
    var title: String
    var intro: String?
    var groups: [NamedGroup<Item>]
}
