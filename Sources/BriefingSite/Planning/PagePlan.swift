import BriefingModel
import BriefingRender

/// What kind of page, which decides its template and its place in the site.
public enum PageKind: String, Sendable, CaseIterable, Comparable {
    case home, article, actor, event, dispute, place, list

    public static func < (lhs: PageKind, rhs: PageKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public struct Crumb: Sendable, Hashable, Encodable {
    public var label: String
    public var href: String?
}

/// One page to render: every page has a kind, an id and an output path.
public struct PlannedPage: Sendable {
    public var kind: PageKind
    public var id: String
    /// Relative to the output root, e.g. `actors/sergei-lavrov.html`.
    public var path: String
    /// The template, `<template>.md.mustache`.
    public var template: String
    public var title: String
    public var description: String?
    public var breadcrumbs: [Crumb]
    public var view: any Sendable & Encodable
    /// The article text embedded raw in the page's Markdown, rendered with paragraph
    /// anchors and first mentions linked (article pages only).
    public var articleBody: String?
    public var mentionLinks: [MentionLink] = []
    /// schema.org JSON-LD, safe to place inside a script element.
    public var structuredData: String?
    /// The Atom feed that follows this page's subject, relative to the site root.
    public var feed: String?
    /// The actor network shown on the page: the SVG's path and the Graphviz source it is
    /// laid out from.
    public var graph: GraphPlan?
    /// Pagefind indexes the page with these filters (nil: not indexed).
    public var searchFilters: [String]?
    /// An HTML template (`<name>.html.mustache`) that renders the page's body from the same
    /// view instead of cmark, for markup Markdown cannot carry (the timeline's `<time>`
    /// elements and span bars). The Markdown edition still comes from `template`.
    public var htmlTemplate: String?

    /// The Markdown edition beside the HTML page.
    public var markdownPath: String { Self.markdownPath(for: path) }

    static func markdownPath(for path: String) -> String { String(path.dropLast(".html".count)) + ".md" }
}

public struct GraphPlan: Sendable, Hashable {
    public var path: String
    public var dot: String
    public var caption: String
}

/// Relative URLs between pages: the site works from any sub-path and from disk.
public struct SiteURLs: Sendable {
    /// The page the links are written on.
    public var from: String

    public init(from page: String) { self.from = page }

    /// "../" for pages in a folder, "" for pages at the root.
    /// (A byte search: `contains("/")` is Foundation's Unicode-aware search, and this runs
    /// for every link of every page.)
    public var root: String { from.utf8.contains(UInt8(ascii: "/")) ? "../" : "" }

    public func to(_ path: String) -> String { root + path }

    /// The absolute URL of a page under the site's base URL (the home page is the base).
    public static func absolute(_ path: String, base: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + (path == "index.html" ? "" : path)
    }
    public func actor(_ id: String) -> String { to("actors/\(id).html") }
    public func place(_ id: String) -> String { to("places/\(id).html") }
    public func event(_ id: String) -> String { to("events/\(id).html") }
    public func dispute(_ id: String) -> String { to("disputes/\(id).html") }
    public func article(_ id: String) -> String { to("articles/\(id).html") }
    public func citation(_ citation: Citation) -> String {
        isArticlePage(citation.article) ? "#\(citation.ref.anchor)" : article(citation.article) + "#\(citation.ref.anchor)"
    }

    /// Whether the links are written on `articles/<id>.html`, compared in place (a page
    /// links thousands of citations; making the path to compare was most of the cost).
    public func isArticlePage(_ id: String) -> Bool {
        let prefix = "articles/".utf8, suffix = ".html".utf8, path = from.utf8
        guard path.count == prefix.count + id.utf8.count + suffix.count,
              path.starts(with: prefix), path.suffix(suffix.count).elementsEqual(suffix) else { return false }
        return path.dropFirst(prefix.count).prefix(id.utf8.count).elementsEqual(id.utf8)
    }
}
