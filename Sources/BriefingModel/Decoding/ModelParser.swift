import Foundation
import Yams

/// Text of a model file → declarations and diagnostics. No file system access here.
public enum ModelParser {
    public struct ParsedArticle: Sendable {
        public var declaration: ArticleDeclaration?
        public var frontMatter: FrontMatter?
        public var diagnostics: [Diagnostic]
    }

    /// What an article's front matter alone gives: a function of its YAML text, the file's
    /// path and the line the YAML starts on, so a cache keyed by those may stand in for it.
    public struct ParsedFrontMatter: Sendable {
        public var declaration: ArticleDeclaration?
        public var diagnostics: [Diagnostic]
    }

    /// An article file: front matter decoded item by item, so every bad item is reported.
    public static func parseArticle(_ text: String, path: String) -> ParsedArticle {
        switch FrontMatter.split(text, path: path) {
        case .failure(let diagnostic): return ParsedArticle(diagnostics: [diagnostic])
        case .success(let frontMatter):
            let parsed = parseFrontMatter(frontMatter.yaml, path: path, firstLine: frontMatter.yamlLine)
            return ParsedArticle(declaration: parsed.declaration, frontMatter: frontMatter, diagnostics: parsed.diagnostics)
        }
    }

    /// The YAML between an article's fences, starting on file line `firstLine`.
    public static func parseFrontMatter(_ yaml: String, path: String, firstLine: Int) -> ParsedFrontMatter {
        var result = ParsedFrontMatter(declaration: nil, diagnostics: [])
        let root: Node
        switch YAMLDocument.compose(yaml, path: path, firstLine: firstLine) {
        case .failure(let diagnostic):
            result.diagnostics.append(diagnostic)
            return result
        case .success(let node?) where node.mapping != nil:
            root = node
        case .success:
            result.diagnostics.append(.error("the front matter must be a mapping with at least 'title' and 'published'", at: SourceLocation(path: path, line: firstLine)))
            return result
        }

        let decoded = decodeItem(ArticleHeader.self, from: root, path: path, firstLine: firstLine)
        result.diagnostics += decoded.diagnostics
        var items = ArticleItems()
        for key in ArticleHeader.sectionKeys {
            guard let section = root[key] else { continue }
            result.diagnostics += items.decode(section: key, node: section, path: path, firstLine: firstLine)
        }
        // A header that fails still lets the items be checked, so that one error does not
        // hide the others; the run fails on the header's diagnostic anyway.
        let header = decoded.value ?? ArticleHeader(title: "", published: BriefingDate(year: 1970, month: 1, day: 1))
        result.declaration = ArticleDeclaration(
            title: header.title, published: header.published, source: header.source,
            byline: header.byline, summary: header.summary, draft: header.draft,
            actors: items.actors, places: items.places, events: items.events,
            disputes: items.disputes, quotes: items.quotes, figures: items.figures)
        return result
    }

    /// A site-wide definition file such as `actors/<id>.yml`: one item, its id from the file name.
    public static func parseDefinition<T: Decodable>(_ type: T.Type, text: String, path: String, id: String) -> (value: T?, diagnostics: [Diagnostic]) {
        let root: Node
        switch YAMLDocument.compose(text, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let node?) where node.mapping != nil: root = node
        case .success:
            return (nil, [.error("a definition file holds one mapping of fields, such as 'name:'", at: SourceLocation(path: path))])
        }
        var diagnostics: [Diagnostic] = []
        var pairs = Array(root.mapping?.map { ($0.key, $0.value) } ?? [])
        if let written = root["id"] {
            if written.string != id, let mark = written.mark {
                diagnostics.append(.error("the id '\(written.string ?? "")' differs from the file name '\(id)'; remove 'id' or rename the file", at: SourceLocation(path: path, line: mark.line, column: mark.column)))
            }
            pairs.removeAll { $0.0.string == "id" }
        }
        pairs.insert((Node("id"), .scalar(Node.Scalar(id, .implicit, .plain, root.mark))), at: 0)
        let withID = Node.mapping(Node.Mapping(pairs, .implicit, .block, root.mark))
        if let direct = type as? DirectlyDecodable.Type, let value = direct.direct(withID, in: DirectContext(path: path, firstLine: 1)) as? T {
            return (value, diagnostics)
        }
        let decoded = DecodingContext.decode(type, from: withID, path: path, firstLine: 1)
        return (decoded.value, diagnostics + decoded.diagnostics)
    }

    /// `briefing.yml`.
    public static func parseConfig(_ text: String, path: String) -> (value: SiteConfig?, diagnostics: [Diagnostic]) {
        switch YAMLDocument.compose(text, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let node?) where node.mapping != nil:
            return DecodingContext.decode(SiteConfig.self, from: node, path: path, firstLine: 1)
        case .success:
            return (nil, [.error("briefing.yml holds a mapping with at least 'title'", at: SourceLocation(path: path))])
        }
    }

    /// `DecodingContext.decode`, the direct way for an item written the usual way (`DirectlyDecodable`):
    /// any other is decoded with Codable, which gives every diagnostic.
    static func decodeItem<T: Decodable & DirectlyDecodable>(_ type: T.Type, from node: Node, path: String, firstLine: Int)
        -> (value: T?, diagnostics: [Diagnostic])
    {
        if let value = T.direct(node, in: DirectContext(path: path, firstLine: firstLine)) { return (value, []) }
        return DecodingContext.decode(type, from: node, path: path, firstLine: firstLine)
    }
}

/// The item lists of one article, decoded one item at a time.
private struct ArticleItems {
    var actors: [ActorDeclaration] = []
    var places: [PlaceDeclaration] = []
    var events: [EventDeclaration] = []
    var disputes: [DisputeDeclaration] = []
    var quotes: [QuoteDeclaration] = []
    var figures: [FigureDeclaration] = []

    mutating func decode(section: String, node: Node, path: String, firstLine: Int) -> [Diagnostic] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.tag == .init(.null) { return [] }
        guard let elements = node.sequence else {
            let mark = node.mark
            return [.error("'\(section)' must be a list (items starting with '- ')", at: SourceLocation(path: path, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1))]
        }
        var diagnostics: [Diagnostic] = []
        func each<T: Decodable & DirectlyDecodable>(_ type: T.Type, into list: inout [T]) {
            list.reserveCapacity(list.count + elements.count)
            for element in elements {
                let decoded = ModelParser.decodeItem(type, from: element, path: path, firstLine: firstLine)
                diagnostics += decoded.diagnostics
                if let value = decoded.value { list.append(value) }
            }
        }
        switch section {
        case "actors": each(ActorDeclaration.self, into: &actors)
        case "places": each(PlaceDeclaration.self, into: &places)
        case "events": each(EventDeclaration.self, into: &events)
        case "disputes": each(DisputeDeclaration.self, into: &disputes)
        case "quotes": each(QuoteDeclaration.self, into: &quotes)
        case "figures": each(FigureDeclaration.self, into: &figures)
        default: break
        }
        return diagnostics
    }
}
