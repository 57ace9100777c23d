import BriefingModel
import BriefingTemplates
import Foundation
import Mustache

/// The templates a build renders with: the defaults, each replaced by a site's own file of
/// the same name. Markdown templates (`*.md.mustache`) escape every value for Markdown;
/// the layout (`*.html.mustache`) escapes for HTML.
public struct TemplateLibrary: Sendable {
    public struct Source: Sendable, Hashable {
        public var name: String
        public var path: String
        public var text: String
    }

    /// Template name → where it was read from.
    public private(set) var sources: [String: Source] = [:]
    private var library = MustacheLibrary()

    public static let markdownSuffix = ".md.mustache"
    public static let htmlSuffix = ".html.mustache"

    /// Loads the default templates and the site's overrides; every problem at once.
    public static func load(defaults: URL? = DefaultTemplates.directory, overrides: URL?) -> (library: TemplateLibrary?, diagnostics: [Diagnostic]) {
        _ = MarkdownEscaping.registered
        _ = HTMLEscaping.registered
        var diagnostics: [Diagnostic] = []
        var sources: [String: Source] = [:]
        guard let defaults, let defaultFiles = templateFiles(in: defaults) else {
            return (nil, [.error("the default templates are missing; reinstall briefing", at: SourceLocation(path: defaults?.path ?? "Templates"))])
        }
        for file in defaultFiles {
            if let source = read(file) { sources[source.name] = source }
        }
        if let overrides, let files = templateFiles(in: overrides) {
            for file in files {
                guard let source = read(file) else { continue }
                if sources[source.name] == nil {
                    let hint = Suggestion.hint(for: file.lastPathComponent, in: defaultFiles.map(\.lastPathComponent))
                    diagnostics.append(.error("unknown template '\(file.lastPathComponent)'\(hint); a site can only override the default templates", at: SourceLocation(path: DisplayPath.relative(file.path))))
                    continue
                }
                sources[source.name] = source
            }
        }
        var library = TemplateLibrary()
        library.sources = sources
        for source in sources.values.sorted(by: { $0.name < $1.name }) {
            do {
                try library.library.register(Self.parse(source), named: source.name)
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
            } catch {
                diagnostics.append(.error("\(error)", at: SourceLocation(path: DisplayPath.relative(source.path))))
            }
        }
        return diagnostics.isEmpty ? (library, []) : (nil, diagnostics)
    }

    /// Renders a page's Markdown with the template `<name>.md.mustache`.
    public func markdown(_ name: String, _ view: Any) -> String {
        library.render(Self.boxedIfView(view), withTemplate: name) ?? ""
    }

    /// Renders a page body straight to HTML with `<name>.html.mustache` (values escaped for HTML).
    public func html(_ name: String, _ view: Any) -> String {
        library.render(Self.boxedIfView(view), withTemplate: name) ?? ""
    }

    /// Renders the HTML layout around a page.
    public func layout(_ view: Any) -> String {
        library.render(Self.boxedIfView(view), withTemplate: "layout") ?? ""
    }

    /// Every look-up that climbs to the page's own view casts it again (see `TemplateBox`).
    static func boxedIfView(_ view: Any) -> Any {
        (view as? any TemplateView).map(boxed) ?? view
    }

    public func has(_ name: String) -> Bool { sources[name] != nil }

    /// The default assets (the stylesheet), copied to `assets/` of every site.
    public var assetsDirectory: URL? { DefaultTemplates.directory?.appendingPathComponent("assets") }

    // MARK: Reading

    static func templateFiles(in directory: URL) -> [URL]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return nil }
        return names.filter { $0.hasSuffix(markdownSuffix) || $0.hasSuffix(htmlSuffix) }
            .sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func read(_ file: URL) -> Source? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let fileName = file.lastPathComponent
        let name = fileName.hasSuffix(markdownSuffix)
            ? String(fileName.dropLast(markdownSuffix.count))
            : String(fileName.dropLast(htmlSuffix.count))
        return Source(name: name, path: file.path, text: String(decoding: data, as: UTF8.self))
    }

    /// Markdown templates get the Markdown content type on their first line, so that no
    /// override can forget it; columns on that line are reported as the author wrote them.
    /// HTML templates get the byte-wise HTML escaper on a line of its own (a standalone tag,
    /// so that a comment opening the template still takes its whole line with it).
    static func parse(_ source: Source) throws -> MustacheTemplate {
        let isMarkdown = source.path.hasSuffix(markdownSuffix)
        let pragma = isMarkdown ? "{{% CONTENT_TYPE: \(MarkdownEscaping.contentTypeName)}}" : "{{% CONTENT_TYPE: \(HTMLEscaping.contentTypeName)}}\n"
        do {
            return try MustacheTemplate(string: pragma + source.text)
        } catch let error as MustacheTemplate.ParserError {
            let line = isMarkdown ? error.context.lineNumber : max(1, error.context.lineNumber - 1)
            let column = isMarkdown && line == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
            throw Diagnostic.error("template syntax error: \(describe(error.error))", at: SourceLocation(path: DisplayPath.relative(source.path), line: line, column: column))
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        case MustacheTemplate.Error.unrecognisedConfigVariable: "unknown pragma"
        default: "\(error)"
        }
    }
}
