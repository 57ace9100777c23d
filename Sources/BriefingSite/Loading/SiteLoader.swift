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
            var firstFile: [String: String] = [:]
            for name in files.list(folder, extensions: ["yml", "yaml"], diagnostics: &diagnostics) {
                let relative = folder + "/" + name
                let id = (name as NSString).deletingPathExtension
                if let clash = Self.secondFile(for: id, relative, page: "\(folder)/\(id).html", in: &firstFile, files: files) {
                    diagnostics.append(clash)
                    continue
                }
                guard let text = files.read(relative, diagnostics: &diagnostics) else { continue }
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
        var firstArticleFile: [String: String] = [:]
        var validArticleFiles: [String: String] = [:]
        var misnamedArticleFiles: [String: String] = [:]  // by the slug they would have
        for name in articleNames where Slug.isValid((name as NSString).deletingPathExtension) {
            let id = (name as NSString).deletingPathExtension
            validArticleFiles[id] = validArticleFiles[id] ?? "articles/" + name
        }
        for name in articleNames {
            let relative = "articles/" + name
            let path = files.display(relative)
            let id = (name as NSString).deletingPathExtension
            if let clash = Self.secondFile(for: id, relative, page: "articles/\(id).html", in: &firstArticleFile, files: files) {
                diagnostics.append(clash)
                continue
            }
            guard let text = files.read(relative, diagnostics: &diagnostics) else { continue }
            if let problem = Slug.problem(with: id) {
                let suggestion = Slug.make(from: id)
                if let twin = validArticleFiles[suggestion] ?? misnamedArticleFiles[suggestion] {
                    // Lavrov.md beside lavrov.md, or café.md written both as NFC and NFD.
                    diagnostics.append(.error("the article file name '\(name)' \(problem.explanation.reason), and renamed it would be the same article as \(SourceLocation(path: files.display(twin))); remove one or rename it to another slug", at: SourceLocation(path: path)))
                } else {
                    diagnostics.append(.error("the article file name '\(name)' \(problem.explanation.reason); rename it to '\(suggestion).md'", at: SourceLocation(path: path)))
                }
                misnamedArticleFiles[suggestion] = misnamedArticleFiles[suggestion] ?? relative
                continue
            }
            let parsed = ModelParser.parseArticle(text, path: path)
            diagnostics += parsed.diagnostics
            guard let declaration = parsed.declaration, let frontMatter = parsed.frontMatter else { continue }
            if declaration.draft && !options.includeDrafts { continue }
            // Before any cmark call: Debian's cmark takes minutes on some hostile inputs.
            let refusal = PathologicalInputGuard.diagnostics(for: frontMatter.body, path: path, firstLine: frontMatter.bodyLine)
            guard refusal.isEmpty else {
                diagnostics += refusal
                continue
            }
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

    /// `x.md` and `x.markdown` (or `x.yml` and `x.yaml`) would both be item `x` on one
    /// page: the second file in name order is an error naming the first.
    static func secondFile(for id: String, _ relative: String, page: String, in firstFile: inout [String: String], files: SiteFiles) -> Diagnostic? {
        guard let first = firstFile[id] else {
            firstFile[id] = relative
            return nil
        }
        let firstLocation = SourceLocation(path: files.display(first))
        return .error("'\(id)' is also defined by \(firstLocation); both files would make the page \(page); remove or rename one", at: SourceLocation(path: files.display(relative)))
    }
}

/// The site folder as the loader sees it: relative paths, sorted listings, and no
/// symbolic link followed out of the folder.
struct SiteFiles {
    let root: URL
    /// The root with every symbolic link resolved: what "inside the site" is compared to.
    let realRoot: String

    init(root: URL) {
        self.root = root
        self.realRoot = Self.realPath(root.path) ?? root.standardizedFileURL.path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where a path really leads when that is outside the site folder (through a link
    /// of the file itself or of a folder on the way); nil inside, or when it leads nowhere.
    func outsideTarget(_ relative: String) -> String? {
        let path = root.appendingPathComponent(relative).path
        guard let real = Self.realPath(path), real != realRoot, !real.hasPrefix(realRoot + "/") else { return nil }
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? real
    }

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
        if let target = outsideTarget(folder) {
            diagnostics.append(.error("the folder is a symbolic link to '\(target)', outside the site folder; not followed", at: SourceLocation(path: display(folder))))
            return []
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { name in
            guard !name.hasPrefix(".") else { return false }
            return extensions.contains((name as NSString).pathExtension.lowercased())
        }.sorted()
    }

    func read(_ relative: String, diagnostics: inout [Diagnostic]) -> String? {
        let url = root.appendingPathComponent(relative)
        if let target = outsideTarget(relative) {
            diagnostics.append(.error("symbolic link points outside the site folder (to '\(target)'); not followed", at: SourceLocation(path: display(relative))))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if exists(relative) {
                diagnostics.append(.error("cannot read the file", at: SourceLocation(path: display(relative))))
            }
            return nil
        }
        switch TextCheck.firstProblem(in: data) {
        case .invalidUTF8(let line, let column):
            diagnostics.append(.error("the file is not valid UTF-8 text from here on; save it as UTF-8", at: SourceLocation(path: display(relative), line: line, column: column)))
            return nil
        case .nul(let line, let column):
            diagnostics.append(.error("the file contains a NUL byte", at: SourceLocation(path: display(relative), line: line, column: column)))
            return nil
        case nil:
            // Foundation drops a leading byte-order mark, which libyaml would refuse.
            return String(data: data, encoding: .utf8)
        }
    }
}

/// The first byte of a file that makes it unusable as text, with its line and column
/// (in characters), found in one pass.
enum TextCheck {
    enum Problem: Equatable {
        case invalidUTF8(line: Int, column: Int)
        case nul(line: Int, column: Int)
    }

    static func firstProblem(in data: Data) -> Problem? {
        // Fast path for the usual file; the slow walk only finds where a bad one goes wrong.
        if let text = String(data: data, encoding: .utf8), !text.utf8.contains(0) { return nil }
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return nil
            case .error:
                return .invalidUTF8(line: line, column: column)
            case .scalarValue(let scalar):
                if scalar == "\0" { return .nul(line: line, column: column) }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
    }
}
