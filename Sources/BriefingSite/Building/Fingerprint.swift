import BriefingModel
import BriefingRender
import Foundation

/// A stable 128-bit hash (two FNV-1a lanes) of everything a page's bytes depend on:
/// Swift's `Hasher` is seeded per process, so it cannot be compared across builds.
struct Fingerprint: Hashable, Codable, Sendable, CustomStringConvertible {
    var high: UInt64
    var low: UInt64

    init(_ bytes: some Sequence<UInt8>) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
        high = a
        low = b
    }

    var description: String { String(format: "%016llx%016llx", high, low) }

    /// What a page is made from: its plan and view, the templates and the site settings.
    /// Bump `generation` whenever rendering changes in a way these do not show.
    static let generation = 2

    struct PageInputs: Encodable {
        var generation: Int
        var templates: String
        var config: ConfigInputs
        var kind: String
        var path: String
        var title: String
        var description: String?
        var breadcrumbs: [Crumb]
        var articleBody: String?
        var structuredData: String?
        var feed: String?
        var graph: [String]?
        var search: [String]?
        var mentions: [[String]]
        var view: any Encodable

        enum CodingKeys: String, CodingKey {
            case generation, templates, config, kind, path, title, description, breadcrumbs, articleBody, structuredData, feed, graph, search, mentions, view
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(generation, forKey: .generation)
            try c.encode(templates, forKey: .templates)
            try c.encode(config, forKey: .config)
            try c.encode(kind, forKey: .kind)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encodeIfPresent(description, forKey: .description)
            try c.encode(breadcrumbs, forKey: .breadcrumbs)
            try c.encodeIfPresent(articleBody, forKey: .articleBody)
            try c.encodeIfPresent(structuredData, forKey: .structuredData)
            try c.encodeIfPresent(feed, forKey: .feed)
            try c.encodeIfPresent(graph, forKey: .graph)
            try c.encodeIfPresent(search, forKey: .search)
            try c.encode(mentions, forKey: .mentions)
            try view.encode(to: c.superEncoder(forKey: .view))
        }
    }

    struct ConfigInputs: Encodable {
        var title: String
        var description: String?
        var language: String
        var baseURL: String?
    }

    static func of(_ page: PlannedPage, templates: String, config: SiteConfig, search: Bool) -> Fingerprint {
        let inputs = PageInputs(
            generation: generation, templates: templates + (search ? "+search" : ""),
            config: ConfigInputs(title: config.title, description: config.description, language: config.language, baseURL: config.baseURL),
            kind: page.kind.rawValue, path: page.path, title: page.title, description: page.description,
            breadcrumbs: page.breadcrumbs, articleBody: page.articleBody, structuredData: page.structuredData, feed: page.feed, graph: page.graph.map { [$0.path, $0.caption] }, search: page.searchFilters,
            mentions: page.mentionLinks.map { [$0.url, $0.title ?? ""] + $0.names }, view: page.view)
        return FingerprintEncoder.fingerprint(of: inputs)
    }

    /// All template sources, by name: one edit re-renders every page using the library.
    static func of(_ library: TemplateLibrary) -> Fingerprint {
        var bytes: [UInt8] = []
        for name in library.sources.keys.sorted() {
            bytes += Array(name.utf8) + [0] + Array(library.sources[name]?.text.utf8 ?? "".utf8) + [0]
        }
        return Fingerprint(bytes)
    }
}
