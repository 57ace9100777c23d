import BriefingModel
import BriefingRender
import Foundation

/// Reads a site folder into the merged model: `briefing.yml`, `articles/*.md` and the
/// curated `actors/`, `places/`, `events/`, `disputes/` files. Reads only; never writes.
public enum SiteLoader {
    public struct Options: Sendable {
        public var includeDrafts = false
        /// Items drafted by `briefing import` and not yet reviewed are errors (for publishing).
        public var strict = false
        public init(includeDrafts: Bool = false, strict: Bool = false) {
            self.includeDrafts = includeDrafts
            self.strict = strict
        }
    }

    public static func load(site: URL, options: Options = .init()) -> (briefing: Briefing?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = SiteFiles(root: site)

        var config: SiteConfig?
        let configPath = files.display("briefing.yml")
        if let text = files.read("briefing.yml", diagnostics: &diagnostics) {
            let parsed = ModelParser.parseConfig(text, path: configPath)
            config = parsed.value
            diagnostics += parsed.diagnostics
        } else if !files.exists("briefing.yml") {
            diagnostics.append(.error("no briefing.yml in the site folder; is '\(site.path)' a Briefing site? ('briefing init' makes one)", at: SourceLocation(path: configPath)))
        }

        var definitions = Definitions()
        func loadDefinitions<T: Decodable>(_ folder: String, _ type: T.Type) -> [T] {
            var values: [T] = []
            for name in files.list(folder, extensions: ["yml", "yaml"], diagnostics: &diagnostics) {
                let relative = folder + "/" + name
                guard let text = files.read(relative, diagnostics: &diagnostics) else { continue }
                let id = (name as NSString).deletingPathExtension
                let parsed = ModelParser.parseDefinition(type, text: text, path: files.display(relative), id: id)
                diagnostics += parsed.diagnostics
                if let value = parsed.value { values.append(value) }
            }
            return values
        }
        definitions.actors = loadDefinitions("actors", ActorDeclaration.self)
        definitions.places = loadDefinitions("places", PlaceDeclaration.self)
        definitions.events = loadDefinitions("events", EventDeclaration.self)
        definitions.disputes = loadDefinitions("disputes", DisputeDeclaration.self)

        var articles: [ArticleInput] = []
        let articleNames = files.list("articles", extensions: ["md", "markdown"], diagnostics: &diagnostics)
        if articleNames.isEmpty, files.exists("briefing.yml") {
            diagnostics.append(.error("the site has no articles; add articles/<id>.md", at: SourceLocation(path: files.display("articles"))))
        }
        for name in articleNames {
            let relative = "articles/" + name
            let path = files.display(relative)
            guard let text = files.read(relative, diagnostics: &diagnostics) else { continue }
            let id = (name as NSString).deletingPathExtension
            if !Slug.isValid(id) {
                diagnostics.append(.error("the article file name '\(name)' is not a slug; rename it to '\(Slug.make(from: id)).md'", at: SourceLocation(path: path)))
                continue
            }
            let parsed = ModelParser.parseArticle(text, path: path)
            diagnostics += parsed.diagnostics
            guard let declaration = parsed.declaration, let frontMatter = parsed.frontMatter else { continue }
            if declaration.draft && !options.includeDrafts { continue }
            let paragraphs = Cmark.paragraphs(in: frontMatter.body).map {
                Paragraph(number: $0.number, line: $0.line + frontMatter.bodyLine - 1, text: $0.text)
            }
            for link in Cmark.linkDestinations(in: frontMatter.body) {
                if let problem = URLPolicy.problem(with: link.url) {
                    diagnostics.append(.error("the link '\(link.url)' \(problem)", at: SourceLocation(path: path, line: link.line + frontMatter.bodyLine - 1)))
                }
            }
            articles.append(ArticleInput(id: id, path: path, declaration: declaration, body: frontMatter.body, paragraphs: paragraphs))
        }

        // Without a valid briefing.yml the articles are still checked, with a stand-in config.
        let graph = BriefingGraph.build(config: config ?? SiteConfig(title: "Briefing"), articles: articles, definitions: definitions)
        diagnostics += graph.diagnostics
        if options.strict {
            diagnostics += graph.briefing.unreviewed.map {
                .error("drafted by 'briefing import' and not reviewed yet; check it, then set 'reviewed: true'", at: $0)
            }
        }
        return (config == nil ? nil : graph.briefing, diagnostics.sorted())
    }
}

/// The site folder as the loader sees it: relative paths, sorted listings, and no
/// symbolic link followed out of the folder.
struct SiteFiles {
    let root: URL

    /// Paths in diagnostics are shown relative to where the user ran the command when
    /// possible, so an editor can jump to them.
    func display(_ relative: String) -> String {
        DisplayPath.relative(root.appendingPathComponent(relative).path)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    func list(_ folder: String, extensions: Set<String>, diagnostics: inout [Diagnostic]) -> [String] {
        let directory = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { name in
            guard !name.hasPrefix(".") else { return false }
            return extensions.contains((name as NSString).pathExtension.lowercased())
        }.sorted()
    }

    func read(_ relative: String, diagnostics: inout [Diagnostic]) -> String? {
        let url = root.appendingPathComponent(relative)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            let resolved = URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent()).standardizedFileURL.path
            if !resolved.hasPrefix(root.standardizedFileURL.path + "/") {
                diagnostics.append(.error("symbolic link points outside the site folder (to '\(target)'); not followed", at: SourceLocation(path: display(relative))))
                return nil
            }
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if exists(relative) {
                diagnostics.append(.error("cannot read the file", at: SourceLocation(path: display(relative))))
            }
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error("the file is not valid UTF-8 text", at: SourceLocation(path: display(relative))))
            return nil
        }
        if let nul = text.firstIndex(of: "\0") {
            let line = text[..<nul].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
            diagnostics.append(.error("the file contains a NUL byte", at: SourceLocation(path: display(relative), line: line)))
            return nil
        }
        return text
    }
}
