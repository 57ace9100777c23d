import BriefingModel
import BriefingRender
import Foundation

/// Reads a site folder into the merged model: `briefing.yml`, `articles/*.md` and the
/// curated `actors/`, `places/`, `events/`, `disputes/` files. Reads only; never writes.
///
/// Three steps: list the folders (one after another, as the order of names decides which
/// of two clashing files is reported), read and parse every file (each on its own, so in
/// parallel), then put the results together in name order, so that nothing depends on
/// which file finished first.
public enum SiteLoader {
    public struct Options: Sendable {
        public var includeDrafts = false
        /// Items drafted by `briefing import` and not yet reviewed are errors (for publishing).
        public var strict = false
        /// Where to keep parsed front matter, body outlines and definitions between loads (`FrontMatterCache`); nil keeps none.
        public var cacheFolder: URL?
        /// Mentions the last build found in articles unchanged since (`KnownMentions`).
        var knownMentions = KnownMentions()
        /// The last good build's merge, when only the bodies of `changed` articles may differ since (`BriefingGraph.rebuild`).
        var previousMerge: PreviousMerge?
        /// The cache in `cacheFolder`, when the caller has read it already (beside other work).
        var frontMatterCache: FrontMatterCache?
        /// Each article file's digest as the up-to-date check made it, by name in `articles/`:
        /// kept in the cache's entries, by which an unchanged file is known without reading it.
        var articleDigests: [String: UInt64] = [:]
        /// Where the load's phases are timed (`SiteBuilder.Options.timings`).
        public var timings: BuildTimings?
        public init(includeDrafts: Bool = false, strict: Bool = false, cacheFolder: URL? = nil) {
            self.includeDrafts = includeDrafts
            self.strict = strict
            self.cacheFolder = cacheFolder
        }

        /// These options without the last merge: for a load again when it did not fit.
        var mergingWhole: Options {
            var options = self
            options.previousMerge = nil
            return options
        }
    }

    struct PreviousMerge: Sendable {
        var briefing: Briefing
        var changed: Set<String>
        /// The articles it holds: an unchanged file not among them was a draft (or failed) then, and is now.
        let articleIDs: Set<String>

        init(briefing: Briefing, changed: Set<String>) {
            self.briefing = briefing
            self.changed = changed
            articleIDs = Set(briefing.articles.map(\.id))
        }
    }

    /// Loads the site, parsing its files on every core.
    public static func load(site: URL, options: Options = .init()) async -> (briefing: Briefing?, diagnostics: [Diagnostic]) {
        let listing = Listing(site: site)
        let cache = options.frontMatterCache ?? options.cacheFolder.flatMap(FrontMatterCache.load(from:))
        options.timings?.mark("list files, front-matter cache read")
        let parsed = await SiteBuilder.parallelMap(listing.jobs) { $0.run(listing.files, options: options, cache: cache) }
        options.timings?.mark("read and parse files")
        // Saved beside the merge, which needs none of it; a load again reads the saved file.
        async let saved: Void = keep(parsed, previous: cache, options: options)
        let assembled = listing.assemble(parsed, options: options)
        await saved
        options.timings?.mark("front-matter cache save (beside the merge)")
        guard let assembled else { return await load(site: site, options: options.mergingWhole) }
        return assembled
    }

    /// Loads the site one file after another, for callers that cannot wait.
    public static func load(site: URL, options: Options = .init()) -> (briefing: Briefing?, diagnostics: [Diagnostic]) {
        let listing = Listing(site: site)
        let cache = options.cacheFolder.flatMap(FrontMatterCache.load(from:))
        let parsed = listing.jobs.map { $0.run(listing.files, options: options, cache: cache) }
        keep(parsed, previous: cache, options: options)
        guard let assembled = listing.assemble(parsed, options: options) else { return load(site: site, options: options.mergingWhole) }
        return assembled
    }

    /// Saves this load's front matter, outlines and definitions for the next, unless it is what the cache holds already.
    private static func keep(_ results: [FileResult], previous: FrontMatterCache?, options: Options) {
        guard let folder = options.cacheFolder else { return }
        let records = results.compactMap(\.record)
        if let previous, previous.count == records.count, records.allSatisfy(\.record.isKept) { return }
        FrontMatterCache.save(records.map(\.record), to: folder, previous: previous)
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

/// What the site folder holds, and what is wrong with its listing.
private struct Listing {
    let site: URL
    let files: SiteFiles
    var diagnostics: [Diagnostic] = []
    /// Every file to read and parse, in the order their results are put together.
    var jobs: [FileJob] = []
    /// Article files named with a valid slug, by id: what a misnamed file would clash with.
    var validArticleFiles: [String: String] = [:]

    init(site: URL) {
        self.site = site
        files = SiteFiles(root: site)
        for kind in DefinitionKind.allCases {
            var firstFile: [String: String] = [:]
            let folder = kind.rawValue
            for name in files.list(folder, extensions: ["yml", "yaml"], diagnostics: &diagnostics) {
                let relative = folder + "/" + name
                let id = FileName.stem(name)
                if let clash = SiteLoader.secondFile(for: id, relative, page: "\(folder)/\(id).html", in: &firstFile, files: files) {
                    diagnostics.append(clash)
                    continue
                }
                jobs.append(.definition(kind, relative: relative, id: id))
            }
        }

        let articleNames = files.list("articles", extensions: ["md", "markdown"], diagnostics: &diagnostics)
        if articleNames.isEmpty, files.exists("briefing.yml") {
            diagnostics.append(.error("the site has no articles; add articles/<id>.md", at: SourceLocation(path: files.display("articles"))))
        }
        for name in articleNames {
            let id = FileName.stem(name)
            if Slug.isValid(id) { validArticleFiles[id] = validArticleFiles[id] ?? "articles/" + name }
        }
        var firstArticleFile: [String: String] = [:]
        for name in articleNames {
            let relative = "articles/" + name
            let id = FileName.stem(name)
            if let clash = SiteLoader.secondFile(for: id, relative, page: "articles/\(id).html", in: &firstArticleFile, files: files) {
                diagnostics.append(clash)
                continue
            }
            jobs.append(.article(relative: relative, name: name, id: id))
        }
    }

    /// The parsed files (one per job, in job order) merged into the model; nil when unchanged
    /// files were loaded without their declarations for the last merge (`FileResult.kept`),
    /// and it did not fit: load again without it.
    func assemble(_ results: [FileResult], options: SiteLoader.Options) -> (briefing: Briefing?, diagnostics: [Diagnostic])? {
        var diagnostics = diagnostics
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
        var articles: [ArticleInput] = []
        var texts: [ArticleText] = []  // of every article, kept or not
        var keptWithoutDeclarations = false
        var misnamedArticleFiles: [String: String] = [:]  // by the slug they would have
        var outlinedBodies = 0, parsedDefinitions = 0, decodedDeclarations = 0
        for (job, result) in zip(jobs, results) {
            switch result {
            case .kept(let text, let found, _):
                diagnostics += found
                if let text { texts.append(text) }
                keptWithoutDeclarations = true
            case .definition(let declaration, let found, _, let parsed):
                diagnostics += found
                decodedDeclarations += 1
                if parsed { parsedDefinitions += 1 }
                switch declaration {
                case .actor(let actor): definitions.actors.append(actor)
                case .place(let place): definitions.places.append(place)
                case .event(let event): definitions.events.append(event)
                case .dispute(let dispute): definitions.disputes.append(dispute)
                case nil: break
                }
            case .article(let article, let found, _, let outlined):
                if outlined { outlinedBodies += 1 }
                diagnostics += found
                decodedDeclarations += 1
                if let article {
                    articles.append(article)
                    texts.append(ArticleText(article))
                }
            case .misnamedArticle:
                guard case .article(let relative, let name, let id) = job else { continue }
                let path = SourceLocation(path: files.display(relative))
                let explanation = Slug.problem(with: id)?.explanation.reason ?? ""
                let suggestion = Slug.make(from: id)
                if let twin = validArticleFiles[suggestion] ?? misnamedArticleFiles[suggestion] {
                    // Lavrov.md beside lavrov.md, or café.md written both as NFC and NFD.
                    diagnostics.append(.error("the article file name '\(name)' \(explanation), and renamed it would be the same article as \(SourceLocation(path: files.display(twin))); remove one or rename it to another slug", at: path))
                } else {
                    diagnostics.append(.error("the article file name '\(name)' \(explanation); rename it to '\(suggestion).md'", at: path))
                }
                misnamedArticleFiles[suggestion] = misnamedArticleFiles[suggestion] ?? relative
            }
        }

        // Without a valid briefing.yml the articles are still checked, with a stand-in config.
        let merging = config ?? SiteConfig(title: "Briefing")
        let rebuilt = options.previousMerge.flatMap { previous in
            BriefingGraph.rebuild(previous.briefing, config: merging, texts: texts, changed: articles.filter { previous.changed.contains($0.id) },
                                  known: options.knownMentions)
        }
        if rebuilt == nil && keptWithoutDeclarations { return nil }
        let graph = rebuilt ?? BriefingGraph.build(config: merging, articles: articles, definitions: definitions, known: options.knownMentions)
        options.timings?.mark("merge")
        diagnostics += graph.diagnostics
        if options.strict {
            diagnostics += graph.briefing.unreviewed.map {
                .error("drafted by 'briefing import' and not reviewed yet; check it, then set 'reviewed: true'", at: $0)
            }
        }
        var briefing = graph.briefing
        briefing.outlinedBodies = outlinedBodies
        briefing.parsedDefinitions = parsedDefinitions
        briefing.decodedDeclarations = decodedDeclarations
        return (config == nil ? nil : briefing, diagnostics.sorted())
    }
}

private enum DefinitionKind: String, CaseIterable, Sendable {
    case actors, places, events, disputes
}

/// One file to read and parse; independent of every other file.
private enum FileJob: Sendable {
    case definition(DefinitionKind, relative: String, id: String)
    case article(relative: String, name: String, id: String)

    func run(_ files: SiteFiles, options: SiteLoader.Options, cache: FrontMatterCache?) -> FileResult {
        var diagnostics: [Diagnostic] = []
        switch self {
        case .definition(let kind, let relative, let id):
            guard let text = files.read(relative, diagnostics: &diagnostics) else { return .definition(nil, diagnostics) }
            let path = files.display(relative)
            // With the last merge kept, definition files are unchanged since it (they are part of
            // the structure it was made from): their diagnostics are all the load needs of them.
            if options.previousMerge != nil, let hit = cache?.diagnostics(path: path, yaml: text, yamlLine: 1) {
                return .kept(nil, hit.diagnostics, CachedRecord(record: hit.record, fromCache: true))
            }
            if let hit = cache?.definition(path: path, text: text) {
                return .definition(hit.parsed.definition, hit.parsed.diagnostics, CachedRecord(record: hit.record, fromCache: true))
            }
            func parse<T: Decodable>(_ type: T.Type, _ wrap: (T) -> DefinitionDeclaration) -> FileResult {
                let parsed = ModelParser.parseDefinition(type, text: text, path: path, id: id)
                let definition = parsed.value.map(wrap)
                let record = options.cacheFolder.map { _ in
                    let bytes = FrontMatterArchive.encode(definition, diagnostics: parsed.diagnostics, path: path)
                    return CachedRecord(record: .init(path: path, yamlLine: 1, yaml: text, parsed: bytes), fromCache: false)
                }
                return .definition(definition, parsed.diagnostics, record, parsed: true)
            }
            switch kind {
            case .actors: return parse(ActorDeclaration.self, DefinitionDeclaration.actor)
            case .places: return parse(PlaceDeclaration.self, DefinitionDeclaration.place)
            case .events: return parse(EventDeclaration.self, DefinitionDeclaration.event)
            case .disputes: return parse(DisputeDeclaration.self, DefinitionDeclaration.dispute)
            }
        case .article(let relative, let name, let id):
            let path = files.display(relative)
            let misnamed = Slug.problem(with: id) != nil
            if !misnamed, let unread = unread(id: id, name: name, path: path, options: options, cache: cache) { return unread }
            guard let text = files.read(relative, diagnostics: &diagnostics) else { return .article(nil, diagnostics) }
            // Its message names the file it would clash with once renamed: made when merging.
            if misnamed { return .misnamedArticle }
            let frontMatter: FrontMatter
            switch FrontMatter.split(text, path: path) {
            case .failure(let diagnostic): return .article(nil, diagnostics + [diagnostic])
            case .success(let split): frontMatter = split
            }
            let file = FrontMatterCache.FileDigest(digest: options.articleDigests[name] ?? 0, bodyLine: frontMatter.bodyLine)
            if let kept = kept(id: id, path: path, frontMatter, file: file, options: options, cache: cache, diagnostics: diagnostics) { return kept }
            let parsed: ModelParser.ParsedFrontMatter
            var record: CachedRecord?
            if let hit = cache?.parsed(path: path, yaml: frontMatter.yaml, yamlLine: frontMatter.yamlLine, file: file) {
                parsed = hit.parsed
                record = CachedRecord(record: hit.record, fromCache: true)
            } else {
                parsed = ModelParser.parseFrontMatter(frontMatter.yaml, path: path, firstLine: frontMatter.yamlLine)
                if options.cacheFolder != nil {
                    let bytes = FrontMatterArchive.encode(parsed, path: path)
                    record = CachedRecord(record: .init(path: path, yamlLine: frontMatter.yamlLine, yaml: frontMatter.yaml, parsed: bytes, file: file),
                                          fromCache: false)
                }
            }
            diagnostics += parsed.diagnostics
            guard let declaration = parsed.declaration else { return .article(nil, diagnostics, record) }
            if declaration.draft && !options.includeDrafts { return .article(nil, diagnostics, record) }
            // An unchanged body's outline is the last load's: neither the guard nor cmark runs
            // again (the guard passed it then, and both depend on the body's text alone).
            let bodyDigest = options.cacheFolder == nil ? nil : BodyOutline.digest(of: frontMatter.body)
            let outline: BodyOutline
            var outlined = false
            if let bodyDigest, let hit = cache?.body(path: path, digest: bodyDigest) {
                outline = hit
            } else {
                // Before any cmark call: Debian's cmark takes minutes on some hostile inputs.
                let refusal = PathologicalInputGuard.diagnostics(for: frontMatter.body, path: path, firstLine: frontMatter.bodyLine)
                guard refusal.isEmpty else { return .article(nil, diagnostics + refusal, record) }
                outline = BodyOutline(of: frontMatter.body)
                outlined = true
            }
            // The cache's entry is kept as it was when neither its front matter nor its body changed.
            if let bodyDigest, record?.fromCache != true || outlined {
                let archived = record?.record.parsed ?? FrontMatterArchive.encode(parsed, path: path)
                record = CachedRecord(record: .init(path: path, yamlLine: frontMatter.yamlLine, yaml: frontMatter.yaml, parsed: archived,
                                                    body: (bodyDigest, outline.encode()), file: file), fromCache: false)
            }
            diagnostics += Self.linkProblems(outline, path: path, bodyLine: frontMatter.bodyLine)
            let paragraphs = Self.paragraphs(outline, bodyLine: frontMatter.bodyLine)
            return .article(ArticleInput(id: id, path: path, declaration: declaration, body: frontMatter.body, paragraphs: paragraphs), diagnostics, record,
                            outlined: outlined)
        }
    }

    /// An article whose file did not change since the last merge, when that merge is kept: its
    /// text, and the diagnostics its front matter gave, without decoding the declaration (the
    /// merge holds what it declares). nil when the cache lacks its front matter or outline.
    private func kept(id: String, path: String, _ frontMatter: FrontMatter, file: FrontMatterCache.FileDigest, options: SiteLoader.Options,
                      cache: FrontMatterCache?, diagnostics: [Diagnostic]) -> FileResult? {
        guard let merge = options.previousMerge, !merge.changed.contains(id), let cache,
              let hit = cache.diagnostics(path: path, yaml: frontMatter.yaml, yamlLine: frontMatter.yamlLine, file: file) else { return nil }
        let record = CachedRecord(record: hit.record, fromCache: true)
        guard merge.articleIDs.contains(id) else { return .kept(nil, diagnostics + hit.diagnostics, record) }
        guard let outline = cache.body(path: path, digest: BodyOutline.digest(of: frontMatter.body)) else { return nil }
        return Self.keptArticle(id: id, path: path, body: frontMatter.body, outline: outline, bodyLine: frontMatter.bodyLine,
                                diagnostics: diagnostics + hit.diagnostics, record: record)
    }

    /// The same without reading the file, when the cache's entry for it was made from a file
    /// with the digest the up-to-date check found: its text is left unread (`ArticleText.body`
    /// nil), for the build to read if the article's page is made again.
    private func unread(id: String, name: String, path: String, options: SiteLoader.Options, cache: FrontMatterCache?) -> FileResult? {
        guard let merge = options.previousMerge, !merge.changed.contains(id), let digest = options.articleDigests[name],
              let hit = cache?.unchanged(path: path, file: digest) else { return nil }
        let record = CachedRecord(record: hit.record, fromCache: true)
        guard merge.articleIDs.contains(id) else { return .kept(nil, hit.diagnostics, record) }
        guard let outline = hit.outline else { return nil }
        return Self.keptArticle(id: id, path: path, body: nil, outline: outline, bodyLine: hit.bodyLine, diagnostics: hit.diagnostics, record: record)
    }

    /// A kept article's text from its outline, with its body's link problems among its diagnostics.
    private static func keptArticle(id: String, path: String, body: String?, outline: BodyOutline, bodyLine: Int,
                                    diagnostics: [Diagnostic], record: CachedRecord) -> FileResult {
        let text = ArticleText(id: id, path: path, body: body, paragraphs: paragraphs(outline, bodyLine: bodyLine))
        return .kept(text, diagnostics + linkProblems(outline, path: path, bodyLine: bodyLine), record)
    }

    /// The outline's paragraphs with lines counted in the file.
    private static func paragraphs(_ outline: BodyOutline, bodyLine: Int) -> [Paragraph] {
        outline.paragraphs.map { Paragraph(number: $0.number, line: $0.line + bodyLine - 1, text: $0.text) }
    }

    private static func linkProblems(_ outline: BodyOutline, path: String, bodyLine: Int) -> [Diagnostic] {
        outline.links.compactMap { link in
            URLPolicy.problem(with: link.url).map {
                .error("the link '\(link.url)' \($0)", at: SourceLocation(path: path, line: link.line + bodyLine - 1))
            }
        }
    }
}

private enum FileResult: Sendable {
    /// `parsed`: its YAML was parsed, not taken from the cache.
    case definition(DefinitionDeclaration?, [Diagnostic], CachedRecord? = nil, parsed: Bool = false)
    /// `outlined`: its body was parsed by cmark, not taken from the cache.
    case article(ArticleInput?, [Diagnostic], CachedRecord? = nil, outlined: Bool = false)
    /// Read, but named with an invalid slug: not parsed.
    case misnamedArticle
    /// Unchanged since the last merge, which is kept: an article's text (nil for a definition
    /// file or an article the merge does not hold) and the diagnostics, no declaration.
    case kept(ArticleText?, [Diagnostic], CachedRecord)

    var record: CachedRecord? {
        switch self {
        case .definition(_, _, let record, _), .article(_, _, let record, _): record
        case .kept(_, _, let record): record
        case .misnamedArticle: nil
        }
    }
}

/// An article's front matter for the next cache, and whether this load took it from the cache.
private struct CachedRecord: Sendable {
    var record: FrontMatterCache.Record
    var fromCache: Bool
}
