import BriefingModel
import BriefingRender
import Foundation

/// A stable hash (XXH64, `ContentHash`) of everything a page's bytes depend on: Swift's
/// `Hasher` is seeded per process, so it cannot be compared across builds. Written to the
/// cache as sixteen hex digits.
struct Fingerprint: Hashable, Codable, Sendable, CustomStringConvertible {
    var value: UInt64

    init(value: UInt64) { self.value = value }

    init(_ text: String) {
        var hash = ContentHash()
        hash.update(text)
        value = hash.finalize()
    }

    var description: String { String(format: "%016llx", value) }

    init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard text.utf8.count == 16, let value = UInt64(text, radix: 16) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fingerprint: \(text)"))
        }
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// What a page is made from: its plan and view, the templates and the site settings.
    /// Bump `generation` whenever rendering changes in a way these do not show.
    static let generation = 4

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
        var hash = ContentHash()
        for name in library.sources.keys.sorted() {
            hash.update(name)
            hash.update(library.sources[name]?.text ?? "")
        }
        return Fingerprint(value: hash.finalize())
    }
}
