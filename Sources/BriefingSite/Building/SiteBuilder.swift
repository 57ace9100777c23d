import BriefingModel
import BriefingRender
import Foundation

/// The main path: load → validate → plan → render → check links → write.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var site: URL
        public var output: URL
        public var includeDrafts: Bool
        /// Validate and render, but write nothing (`briefing check`).
        public var dryRun: Bool
        /// Fail while any drafted item is not reviewed.
        public var strict: Bool
        /// Reuse unchanged pages of the previous build (see `BuildCache`).
        public var useCache: Bool
        /// Index the site with Pagefind: nil means when it is installed.
        public var search: Bool?
        /// Called from any thread as the build moves on.
        public var progress: (@Sendable (Progress) -> Void)?
        /// Where each phase's wall and CPU time is recorded (`--timings`); nil records none.
        public var timings: BuildTimings?

        public init(site: URL, output: URL? = nil, includeDrafts: Bool = false, dryRun: Bool = false, strict: Bool = false,
                    useCache: Bool = true, search: Bool? = nil, progress: (@Sendable (Progress) -> Void)? = nil) {
            self.site = site
            self.output = output ?? site.appendingPathComponent("public")
            self.includeDrafts = includeDrafts
            self.dryRun = dryRun
            self.strict = strict
            self.useCache = useCache
            self.search = search
            self.progress = progress
        }
    }

    public struct Progress: Sendable {
        public enum Phase: String, Sendable { case loading, rendering, graphs, checking, writing, searching }
        public var phase: Phase
        public var done: Int
        public var total: Int
    }

    public struct Report: Sendable {
        public var pagesByKind: [PageKind: Int]
        /// Pages rendered in this build; the others were unchanged and linked.
        public var rendered: Int
        public var files: Int
        public var seconds: Double
        public var output: URL
        /// Things the person should know that are not errors.
        public var notes: [String] = []
        /// Warnings of the build that made the output (again when it was up to date).
        public var warnings: [Diagnostic] = []
        /// Nothing changed since the last build: the site was neither loaded nor written.
        public var unchanged = false
        /// Pages planned in this build; after an edit of article bodies alone the others were
        /// kept as they were without being planned (`IncrementalPlan`).
        public var planned = 0
        /// Articles searched for actor mentions; the others' mentions were the last build's (`KnownMentions`).
        public var mentionSearches = 0
        /// Citations rendered ahead for pages in a folder (`CitationTexts`).
        public var citationTexts = 0
        /// Actor and article objects written into `data/briefing.json`; the others were copied.
        public var modelObjects = 0
        /// Feeds, sitemap and data files other than `data/briefing.json` made; kept ones are linked.
        public var derivedFiles = 0
        /// Pages whose links were checked; the others were kept and still pass the last check.
        public var linkCheckedPages = 0
        /// Article bodies parsed by cmark while loading; the others' outlines were the cache's.
        public var outlinedBodies = 0
        /// Definition files parsed while loading; the others' parses were the cache's.
        public var parsedDefinitions = 0
        /// Declarations (articles' front matter, definition files) loaded from YAML or the cache;
        /// with the merge kept, only the changed articles' (`SiteLoader`'s kept files).
        public var decodedDeclarations = 0
        /// Pages whose links and ids `build.bin` copied from the last one as they were.
        public var copiedCacheEntries = 0
        /// The merge was the last build's, with only the changed bodies' part made again (`BriefingGraph.rebuild`).
        public var reusedMerge = false
        /// Article files the loader did not read (unchanged, with the merge kept: `Briefing.unreadBodies`).
        public var unreadArticles = 0
        /// The new tree was made from the one the last build replaced (`SpareTree`), not from an empty one.
        public var reusedSpare = false

        /// "12 pages (1 home, 1 article, 17 actors, …) in 0.21 s → Site/public"
        public var summary: String {
            let total = pagesByKind.values.reduce(0, +)
            let kinds = pagesByKind.keys.sorted().map { kind -> String in
                let n = pagesByKind[kind] ?? 0
                let noun = kind == .list ? "list" : kind.rawValue
                return "\(n) \(noun)\(n == 1 || kind == .home ? "" : "s")"
            }.joined(separator: ", ")
            if unchanged { return "\(total) pages (\(kinds)) up to date; checked in \(String(format: "%.2f", seconds)) s" }
            let reused = rendered < total ? "; rendered \(rendered) of \(total), the rest unchanged" : ""
            return "\(total) pages (\(kinds)) in \(String(format: "%.2f", seconds)) s\(reused)"
        }
    }

    public struct Failure: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    public static func build(_ options: Options) async throws(Failure) -> Report {
        let start = Date()
        var diagnostics: [Diagnostic] = []
        var lock: OutputWriter.Lock?
        if !options.dryRun {
            do {
                try OutputWriter.checkOutput(options.output, site: options.site)
                lock = try await OutputWriter.Lock.acquire(for: options.output)
            } catch {
                throw Failure(diagnostics: [.error(error.description, at: SourceLocation(path: options.output.path))])
            }
        }
        defer { withExtendedLifetime(lock) {} }
        let timings = options.timings
        // The last build's cache is read on the other core while the inputs are digested;
        // when nothing changed, the early return cancels the read (`BuildCacheFile.decode`).
        async let loadedCache = options.useCache && !options.dryRun ? BuildCache.load(site: options.site, output: options.output) : nil
        // Nothing changed since the last good build: say so without loading anything.
        let readInputs = options.useCache && !options.dryRun ? UpToDate.inputs(of: options) : nil
        if let readInputs, let record = UpToDate.matching(inputs: readInputs.all, site: options.site, output: options.output) {
            return Report(pagesByKind: record.storedPagesByKind, rendered: 0, files: record.files, seconds: Date().timeIntervalSince(start),
                          output: options.output, notes: notes(options), warnings: record.storedWarnings, unchanged: true)
        }
        if !options.dryRun { UpToDate.remove(site: options.site) }
        timings?.mark("up-to-date check")
        options.progress?(.init(phase: .loading, done: 0, total: 0))
        let cacheFolder = options.useCache && !options.dryRun ? options.site.appendingPathComponent(BuildCache.folderName) : nil
        // The rest of the last build's cache is read beside the page cache: the front matter
        // for the load, and the merge, kept only if this build's structure turns out to be its.
        async let frontMatterCache = cacheFolder.flatMap(FrontMatterCache.load(from:))
        async let lastMerge = cacheFolder != nil ? MergedGraphFile.load(site: options.site) : nil
        // Pages whose inputs are unchanged since the last good build are linked, not rendered.
        let cache = await loadedCache
        let inputs = readInputs?.withStructure(reusing: cache)
        var loadOptions = SiteLoader.Options(includeDrafts: options.includeDrafts, strict: options.strict, cacheFolder: cacheFolder)
        loadOptions.knownMentions = cache?.knownMentions(for: inputs) ?? .init()
        // After body edits alone, the last good build's merge is taken as it was and only
        // what the changed bodies give is made again (`BriefingGraph.rebuild`).
        if let structure = inputs?.structure, let changed = IncrementalPlan.changedArticles(cache: cache, inputs: inputs),
           let previous = await lastMerge, previous.structure == structure {
            loadOptions.previousMerge = .init(briefing: previous.briefing, changed: changed)
        }
        loadOptions.frontMatterCache = await frontMatterCache
        loadOptions.articleDigests = inputs?.articles ?? [:]
        loadOptions.timings = timings
        timings?.mark("build cache read")
        let loaded = await SiteLoader.load(site: options.site, options: loadOptions)
        diagnostics += loaded.diagnostics
        let overrides = options.site.appendingPathComponent("templates")
        let templates = TemplateLibrary.load(overrides: overrides)
        diagnostics += templates.diagnostics
        timings?.mark("templates")
        guard let briefing = loaded.briefing, let library = templates.library, !diagnostics.hasErrors else {
            throw Failure(diagnostics: diagnostics.sorted())
        }

        let pagefind = options.search == false || options.dryRun ? nil : SearchIndex.pagefind
        if options.search == true && SearchIndex.pagefind == nil {
            throw Failure(diagnostics: [.error("--search needs Pagefind; \(SearchIndex.install)", at: SourceLocation(path: options.site.path))])
        }
        let search = pagefind != nil
        // After an edit of article bodies alone, pages that cannot show them are not even planned,
        // and only the planned actor pages' mentions are worth rendering ahead (a citation not
        // rendered ahead is rendered where it is shown, to the same text).
        let incremental = IncrementalPlan(cache: cache, inputs: inputs, briefing: briefing)
        let citations = await CitationTexts.make(briefing, templates: library, actors: incremental?.touchedActors)
        timings?.mark("citations")
        let plan = SitePlan(briefing, search: search, citations: citations)
        let pages = plan.pages
        let renderer = PageRenderer(templates: library, config: briefing.config, search: search)
        let templatePrint = Fingerprint.of(library).description
        let graphviz = ActorNetwork.graphviz != nil
        timings?.mark("outline")

        // Each page is planned, fingerprinted, rendered and written into the new tree by one
        // worker, and its view and text dropped right after: memory holds only what the
        // link check and the cache need. The tree is swapped in only if the build succeeds;
        // on any error it is removed (on success it is gone already: moved into place).
        // What the render pass writes into the new tree: every page in two forms, and the export.
        let writtenPaths = Set(pages.flatMap { [$0.path, $0.markdownPath] } + [DataExport.modelPath])
        var staging: OutputWriter.Staging?
        defer { staging?.discard() }
        if !options.dryRun {
            // The tree the last build replaced, when kept and as recorded; Pagefind writes its
            // own folder of files, which only an empty tree is sure to take.
            staging = options.useCache && pagefind == nil ? OutputWriter.Staging.reusingSpare(of: options.output) : nil
            do {
                if staging == nil { staging = try OutputWriter.Staging.create(beside: options.output) }
                try staging?.makeFolders(for: writtenPaths)
            } catch {
                throw Failure(diagnostics: [.error(error.description, at: SourceLocation(path: options.output.path))])
            }
        }
        timings?.mark("staging folders")
        let pageStaging = staging, output = options.output, outputRoot = options.output.path
        let linkTable = LinkTable()
        // The data export, feeds, sitemap and data files need the model alone: they are made
        // beside the pages, each on whichever core a page leaves free, not after them on one.
        // After body edits alone, feeds, sitemap and data files are the last build's instead.
        let keptDerived = incremental != nil ? cache?.keptDerived(in: outputRoot) : nil
        // What the next build's cache keeps of the merge depends on the model alone: archived
        // beside the pages too, and saved at the end only if the build succeeds.
        let keepsCache = options.useCache && !options.dryRun && inputs != nil
        async let archivedMerge = keepsCache && inputs?.structure != nil && !briefing.reusedMerge ? GraphArchive.encode(briefing) : nil
        async let exported = exportModel(briefing, into: pageStaging, previous: output, cache: cache, incremental: incremental)
        async let madeDerived = keptDerived == nil ? derivedFiles(briefing, pages: pages) : [:]
        options.progress?(.init(phase: .rendering, done: 0, total: pages.count))
        let results = await parallelMap(pages, progress: { done in
            options.progress?(.init(phase: .rendering, done: done, total: pages.count))
        }) { outline -> Result<PageResult, OutputWriter.Failure> in
            if let incremental, let cache, let kept = incremental.kept(outline, cache: cache, output: output, root: outputRoot, graphviz: graphviz) {
                return .success(kept)
            }
            var articleBody: String?
            if outline.kind == .article, briefing.unreadBodies.contains(outline.id) {
                guard let body = UnreadBody.read(id: outline.id, site: options.site, digests: inputs?.articles ?? [:]) else {
                    return .failure(.io("articles/\(outline.id): the file changed during the build; build again"))
                }
                articleBody = body
            }
            let page = plan.page(outline, articleBody: articleBody)
            let fingerprint = Fingerprint.of(page, templates: templatePrint, config: briefing.config, search: search)
            var result = PageResult(outline: outline, fingerprint: fingerprint, graph: page.graph, lists: .init(links: [], ids: []), rendered: false)
            if let entry = cache?.reusable(outline.path, markdownPath: outline.markdownPath, fingerprint: fingerprint, in: outputRoot) {
                result.lists = entry.lists
                return .success(result)
            }
            let rendered = renderer.render(page)
            let scan = HTMLScanner.scan(rendered.html, sharing: linkTable)
            if let pageStaging {
                do throws(OutputWriter.Failure) {
                    try pageStaging.write(Data(rendered.html.utf8), to: outline.path)
                    try pageStaging.write(Data(rendered.markdown.utf8), to: outline.markdownPath)
                } catch {
                    return .failure(error)
                }
            }
            (result.lists, result.rendered) = (.init(links: scan.links, ids: scan.ids), true)
            return .success(result)
        }
        timings?.mark("pages (plan, render, write)")

        // The data export is written straight into the new tree as it is made: held whole,
        // it was a build's largest allocation. After body edits alone, only the objects of
        // the changed articles and of the actors whose mentions changed are written; the rest
        // is copied from the last build's file, when it is the one the cache recorded.
        var derivedMade = 0
        let (modelLayout, modelObjects) = try await exported.get()
        timings?.mark("data export")
        var files: [String: Data] = [:]
        var kept: Set<String> = []  // files of the previous output linked into the new one as they are
        var graphPrints: [String: Fingerprint] = [:]
        var done: [PageResult] = []
        done.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let page):
                if !page.rendered {
                    kept.insert(page.outline.path)
                    kept.insert(page.outline.markdownPath)
                }
                done.append(page)
            case .failure(let error): throw Failure(diagnostics: [.error(error.description, at: SourceLocation(path: options.output.path))])
            }
        }
        let renderedCount = done.count(where: \.rendered)
        // Actor networks: laid out by Graphviz only when their source changed.
        let graphs = done.compactMap(\.graph)
        var graphFailures: [Diagnostic] = []
        for keptGraph in done.compactMap(\.keptGraph) {
            kept.insert(keptGraph.path)
            graphPrints[keptGraph.path] = keptGraph.fingerprint
        }
        if let dot = ActorNetwork.graphviz, !graphs.isEmpty {
            let prints = graphs.map { Fingerprint($0.dot) }
            let stale = graphs.indices.filter { cache?.reusableGraph(graphs[$0].path, fingerprint: prints[$0], in: options.output) != true }
            for index in graphs.indices where !stale.contains(index) {
                kept.insert(graphs[index].path)
            }
            options.progress?(.init(phase: .graphs, done: 0, total: stale.count))
            // Batches, each one Graphviz run, spread over the cores.
            let sources = stale.map { graphs[$0].dot }
            let batches = stride(from: 0, to: sources.count, by: ActorNetwork.batchSize).map { Array(sources[$0..<min($0 + ActorNetwork.batchSize, sources.count)]) }
            let laidOut = await parallelMap(batches) { ActorNetwork.svgs(from: $0, using: dot) }.flatMap { $0 }
            for (position, index) in stale.enumerated() {
                if let svg = laidOut[position] {
                    files[graphs[index].path] = Data(svg.utf8)
                } else {
                    graphFailures.append(.error("Graphviz could not lay out \(graphs[index].path)", at: SourceLocation(path: dot.path)))
                }
            }
            for index in graphs.indices { graphPrints[graphs[index].path] = prints[index] }
        }

        timings?.mark("graphs")
        // Feeds, sitemap and the other data files show front matter and config alone, so after
        // body edits alone they are the last build's files, when those are as it left them.
        var derived: [String] = []
        if let keptDerived {
            kept.formUnion(keptDerived)
            derived = keptDerived
        } else {
            let made = await madeDerived
            derivedMade = made.count
            derived = made.keys.filter { files[$0] == nil }.sorted()
            files.merge(made) { first, _ in first }
        }

        timings?.mark("feeds, sitemap, data")
        var copies: [String: URL] = [:]
        var fileDiagnostics: [Diagnostic] = []
        if let defaults = library.assetsDirectory {
            collect(defaults, into: "assets", copies: &copies, diagnostics: &fileDiagnostics, site: nil)
        }
        collect(overrides.appendingPathComponent("assets"), into: "assets", copies: &copies, diagnostics: &fileDiagnostics, site: options.site)
        var staticCopies: [String: URL] = [:]
        collect(options.site.appendingPathComponent("static"), into: "", copies: &staticCopies, diagnostics: &fileDiagnostics, site: options.site)
        for (path, source) in staticCopies {
            if files[path] != nil || kept.contains(path) || copies[path] != nil || writtenPaths.contains(path) {
                fileDiagnostics.append(.error("static file '\(path)' would replace a page or asset the site generates; rename it", at: SourceLocation(path: DisplayPath.relative(source.path))))
            } else {
                copies[path] = source
            }
        }
        let allFiles = Set(files.keys).union(copies.keys).union(kept).union(writtenPaths).union(search ? SearchIndex.files : [])
        timings?.mark("assets")
        options.progress?(.init(phase: .checking, done: 0, total: done.count))
        // A page kept as it was passed the last build's check; it still does while the site
        // has the same files and every page it can link to still has the ids it had (an
        // edit that appends a paragraph adds an id and takes none away).
        let fileList = options.useCache ? BuildCache.fileListDigest(allFiles) : nil
        let rendered = done.filter(\.rendered)
        let keptStillPass = incremental != nil && cache?.fileList == fileList
            && rendered.allSatisfy { page in cache?.pages[page.outline.path].map { Set($0.ids).isSubset(of: page.ids) } ?? false }
        let checking = keptStillPass ? Set(rendered.map(\.outline.path)) : nil
        // Every page's ids count; only the judged pages' links are read.
        let scans = done.map { page in
            LinkChecker.PageLinks(path: page.outline.path, links: checking?.contains(page.outline.path) ?? true ? page.links : [], ids: page.ids)
        }.sorted { $0.path < $1.path }
        fileDiagnostics += LinkChecker.check(pages: scans, checking: checking, files: allFiles, outputName: options.output.lastPathComponent)
        fileDiagnostics += graphFailures
        guard !fileDiagnostics.hasErrors else { throw Failure(diagnostics: fileDiagnostics.sorted()) }
        timings?.mark("link check")

        var copiedCacheEntries = 0
        var previousTree: URL?
        if let staging {
            options.progress?(.init(phase: .writing, done: 0, total: allFiles.count))
            let index: ((URL) throws -> Void)? = pagefind.map { program in
                { staging in
                    options.progress?(.init(phase: .searching, done: 0, total: 0))
                    try SearchIndex.index(staging, with: program)
                }
            }
            func failure(_ error: OutputWriter.Failure) -> Failure {
                Failure(diagnostics: [.error(error.description, at: SourceLocation(path: options.output.path))])
            }
            do throws(OutputWriter.Failure) {
                try staging.add(files: files, copies: copies)
                try staging.prune(keeping: allFiles, sameNamesAsOutput: fileList != nil && cache?.fileList == fileList)
            } catch {
                throw failure(error)
            }
            timings?.mark("write")
            // Kept files are linked into the new tree on one core while the cache that describes
            // it is made on the other: every file's stamp is known without the links (below).
            let linking = kept
            async let linked = Self.link(linking, into: staging)
            var pendingCache: URL?
            if options.useCache {
                var next = BuildCache(output: options.output.standardizedFileURL.path)
                next.previousFile = cache?.previousFile
                (next.structure, next.articles, next.fileList) = (inputs?.structure, inputs?.articles ?? [:], fileList)
                next.frontMatter = inputs?.frontMatter ?? [:]
                next.mentions = briefing.mentionLists
                if let structure = inputs?.structure, let archive = await archivedMerge {
                    MergedGraphFile.save(archive: archive, structure: structure, site: options.site)
                }
                // A file of the new tree has the stamp it will have in the output (a rename of its
                // folder changes neither inode, size nor time). A kept file is linked to the one
                // the cache recorded, and was found as recorded, so its stamp is the recorded one;
                // should it change after all, the next build sees the difference and makes it again.
                let newRoot = staging.folder.path
                func stamp(_ path: String, kept recorded: BuildCache.FileStamp?) -> BuildCache.FileStamp? {
                    linking.contains(path) ? recorded : BuildCache.FileStamp(path: BuildCache.path(path, in: newRoot))
                }
                for path in derived {
                    if let file = stamp(path, kept: cache?.derived[path]) { next.derived[path] = file }
                }
                if let modelLayout, let file = stamp(DataExport.modelPath, kept: nil) {
                    next.model = .init(file: file, layout: modelLayout)
                }
                for page in done {
                    let previous = cache?.pages[page.outline.path]
                    guard let html = stamp(page.outline.path, kept: previous?.html),
                          let markdown = stamp(page.outline.markdownPath, kept: previous?.markdown) else { continue }
                    next.pages[page.outline.path] = .init(fingerprint: page.fingerprint, html: html, markdown: markdown, lists: page.lists)
                }
                for (path, print) in graphPrints {
                    if let svg = stamp(path, kept: cache?.graphs[path]?.svg) { next.graphs[path] = .init(fingerprint: print, svg: svg) }
                }
                (pendingCache, copiedCacheEntries) = next.prepare(site: options.site)
            }
            timings?.mark("build cache made (beside the links)")
            do throws(OutputWriter.Failure) {
                try await linked.get()
                timings?.mark("links")
                previousTree = try staging.swapIn(beforeSwap: index)
            } catch {
                if let pendingCache { unlink(pendingCache.path) }
                throw failure(error)
            }
            if let pendingCache { BuildCache.commit(pendingCache, site: options.site) }
            timings?.mark("swap")
        }
        // Before the output's state is recorded: deleting the previous tree drops the link
        // count, and so changes the status time, of every file the new one kept. Kept as the
        // next build's spare instead when this build wrote few files.
        if let previousTree {
            if options.useCache && pagefind == nil {
                // The previous tree has this one's names if it had the last build's files, and no
                // name came or went in it since that build made it the output.
                let sameNames = fileList != nil && cache?.fileList == fileList
                    && staging?.outputFolders.map { SpareTree.unchanged(previousTree, since: $0) } == true
                SpareTree.keep(previousTree, output: options.output, written: allFiles.subtracting(kept), files: allFiles.count, sameNames: sameNames)
            } else {
                SpareTree.discard(of: options.output)
                OutputWriter.removeTree(previousTree)
            }
        }
        timings?.mark("previous output kept or removed")
        let warnings = (diagnostics + fileDiagnostics).filter { $0.severity != .error }.sorted()
        var byKind: [PageKind: Int] = [:]
        for page in pages { byKind[page.kind, default: 0] += 1 }
        if let inputs, let state = UpToDate.outputState(of: options.output) {
            UpToDate(inputs: inputs.all, output: options.output, outputState: state, pagesByKind: byKind, files: allFiles.count, warnings: warnings)
                .save(site: options.site)
        }
        timings?.mark("up-to-date record")
        DeferredRelease.release([briefing, loaded.diagnostics, cache, inputs, loadOptions, plan, results, done, files, allFiles, scans, citations])
        return Report(pagesByKind: byKind, rendered: renderedCount, files: allFiles.count,
                      seconds: Date().timeIntervalSince(start), output: options.output, notes: notes(options), warnings: warnings,
                      planned: done.count(where: \.planned), mentionSearches: briefing.mentionSearches, citationTexts: citations.count, modelObjects: modelObjects,
                      derivedFiles: derivedMade, linkCheckedPages: checking?.count ?? scans.count, outlinedBodies: briefing.outlinedBodies,
                      parsedDefinitions: briefing.parsedDefinitions, decodedDeclarations: briefing.decodedDeclarations, copiedCacheEntries: copiedCacheEntries, reusedMerge: briefing.reusedMerge,
                      unreadArticles: briefing.unreadBodies.count, reusedSpare: staging?.reused ?? false)
    }

    /// `Staging.link` as a result, for a child task.
    static func link(_ kept: Set<String>, into staging: OutputWriter.Staging) -> Result<Void, OutputWriter.Failure> {
        do throws(OutputWriter.Failure) { try staging.link(kept) } catch { return .failure(error) }
        return .success(())
    }

    /// Writes `data/briefing.json` into the new tree: after body edits alone, only the changed
    /// objects, the rest copied from the last build's file when it is the one the cache recorded.
    /// Says how it is laid out and how many objects were written.
    static func exportModel(_ briefing: Briefing, into staging: OutputWriter.Staging?, previous output: URL, cache: BuildCache?,
                            incremental: IncrementalPlan?) -> Result<(layout: DataExport.ModelLayout?, objects: Int), Failure> {
        let objects = briefing.actors.count + briefing.articles.count
        guard let staging else { return .success((nil, objects)) }
        let target = URL(fileURLWithPath: staging.path(replacing: DataExport.modelPath))
        let previous = output.appendingPathComponent(DataExport.modelPath)
        do {
            if let incremental, let model = cache?.model, BuildCache.FileStamp(previous) == model.file,
               let spliced = try DataExport.spliceModel(briefing, previous: previous, layout: model.layout, actors: incremental.touchedActors,
                                                        articles: incremental.changedArticles, to: target) {
                return .success((spliced.layout, spliced.written))
            }
            return .success((try DataExport.writeModel(briefing, to: target), objects))
        } catch {
            return .failure(Failure(diagnostics: [.error("cannot write '\(DataExport.modelPath)' of the new site: \(OutputWriter.reason(error))", at: SourceLocation(path: output.path))]))
        }
    }

    /// Feeds, sitemap and the data files other than the model, by output path.
    static func derivedFiles(_ briefing: Briefing, pages: [PageOutline]) -> [String: Data] {
        var made: [String: Data] = [:]
        for (path, text) in AtomFeed.files(for: briefing) { made[path] = Data(text.utf8) }
        for (path, text) in Sitemap.files(for: pages, briefing: briefing) { made[path] = Data(text.utf8) }
        made.merge(DataExport.files(for: briefing)) { first, _ in first }
        return made
    }

    /// What a page leaves behind once written: what the link check, the graphs and the
    /// next build's cache need, without its view or text.
    struct PageResult: Sendable {
        var outline: PageOutline
        var fingerprint: Fingerprint
        var graph: GraphPlan?
        /// The actor network of a page kept without being planned (`IncrementalPlan`).
        var keptGraph: KeptGraph?
        /// Its links and ids; a kept page's are read from the last cache only if needed.
        var lists: BuildCache.PageLists
        var links: [String] { lists.links }
        var ids: [String] { lists.ids }
        /// Rendered in this build; otherwise unchanged and linked from the previous output.
        var rendered: Bool
        /// Planned in this build; otherwise kept whole from the last (`IncrementalPlan`).
        var planned = true
    }

    struct KeptGraph: Sendable {
        var path: String
        var fingerprint: Fingerprint
    }

    /// Missing optional tools, said after every build.
    static func notes(_ options: Options) -> [String] {
        var notes: [String] = []
        if options.search == nil && !options.dryRun && SearchIndex.pagefind == nil {
            notes.append("Pagefind is not installed, so the site has no search; \(SearchIndex.install).")
        }
        if ActorNetwork.graphviz == nil {
            notes.append("Graphviz is not installed, so the site has no actor network; install it with 'apt-get install graphviz'.")
        }
        return notes
    }

    /// Work that is independent per item, split over the cores; results keep the input order.
    /// Items go out in small chunks, a new one whenever a worker is free: pages differ in
    /// cost a thousandfold (an actor named in most articles lists all of them, and actor
    /// pages sit together in the plan), so with eight large chunks the one holding those
    /// pages could keep a core busy after the other had finished.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], progress: (@Sendable (Int) -> Void)? = nil,
                                                      _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, min(16, items.count / (workers * 8)))
        return await withTaskGroup(of: (Int, [R]).self) { group in
            var next = 0
            func addChunk(to group: inout TaskGroup<(Int, [R])>) {
                let start = next, slice = Array(items[start..<min(start + chunk, items.count)])
                next += slice.count
                group.addTask { (start, slice.map(transform)) }
            }
            while next < items.count && next < workers * 2 * chunk { addChunk(to: &group) }
            var parts: [(Int, [R])] = []
            var done = 0
            while let part = await group.next() {
                parts.append(part)
                done += part.1.count
                progress?(done)
                if next < items.count { addChunk(to: &group) }
            }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// Every regular file below `folder`, as output paths under `prefix`. Symbolic links
    /// are not followed: one pointing out of the site is reported.
    static func collect(_ folder: URL, into prefix: String, copies: inout [String: URL], diagnostics: inout [Diagnostic], site: URL?) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey]) else { return }
        for case let file as URL in enumerator {
            let values = try? file.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            let relative = String(file.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if values?.isSymbolicLink == true {
                diagnostics.append(.error("symbolic link in the site folder; not followed", at: SourceLocation(path: DisplayPath.relative(file.path))))
                continue
            }
            guard values?.isRegularFile == true, !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            copies[prefix.isEmpty ? relative : prefix + "/" + relative] = file
        }
    }
}
