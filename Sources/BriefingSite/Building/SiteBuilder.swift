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

        public init(site: URL, output: URL? = nil, includeDrafts: Bool = false, dryRun: Bool = false, strict: Bool = false) {
            self.site = site
            self.output = output ?? site.appendingPathComponent("public")
            self.includeDrafts = includeDrafts
            self.dryRun = dryRun
            self.strict = strict
        }
    }

    public struct Report: Sendable {
        public var pagesByKind: [PageKind: Int]
        public var files: Int
        public var seconds: Double
        public var output: URL

        /// "12 pages (1 home, 1 article, 17 actors, …) in 0.21 s → Site/public"
        public var summary: String {
            let total = pagesByKind.values.reduce(0, +)
            let kinds = pagesByKind.keys.sorted().map { kind -> String in
                let n = pagesByKind[kind] ?? 0
                let noun = kind == .list ? "list" : kind.rawValue
                return "\(n) \(noun)\(n == 1 || kind == .home ? "" : "s")"
            }.joined(separator: ", ")
            return "\(total) pages (\(kinds)) in \(String(format: "%.2f", seconds)) s"
        }
    }

    public struct Failure: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    public static func build(_ options: Options) async throws(Failure) -> Report {
        let start = Date()
        var diagnostics: [Diagnostic] = []
        if !options.dryRun {
            do { try OutputWriter.checkOutput(options.output, site: options.site) } catch {
                throw Failure(diagnostics: [.error(error.description, at: SourceLocation(path: options.output.path))])
            }
        }
        let loaded = SiteLoader.load(site: options.site, options: .init(includeDrafts: options.includeDrafts, strict: options.strict))
        diagnostics += loaded.diagnostics
        let overrides = options.site.appendingPathComponent("templates")
        let templates = TemplateLibrary.load(overrides: overrides)
        diagnostics += templates.diagnostics
        guard let briefing = loaded.briefing, let library = templates.library, !diagnostics.hasErrors else {
            throw Failure(diagnostics: diagnostics.sorted())
        }

        let pages = SitePlanner.plan(briefing)
        let rendered = await render(pages, with: PageRenderer(templates: library, config: briefing.config))

        var files: [String: Data] = [:]
        for page in rendered {
            files[page.page.path] = Data(page.html.utf8)
            files[page.page.markdownPath] = Data(page.markdown.utf8)
        }
        var copies: [String: URL] = [:]
        var fileDiagnostics: [Diagnostic] = []
        if let defaults = library.assetsDirectory {
            collect(defaults, into: "assets", copies: &copies, diagnostics: &fileDiagnostics, site: nil)
        }
        collect(overrides.appendingPathComponent("assets"), into: "assets", copies: &copies, diagnostics: &fileDiagnostics, site: options.site)
        var staticCopies: [String: URL] = [:]
        collect(options.site.appendingPathComponent("static"), into: "", copies: &staticCopies, diagnostics: &fileDiagnostics, site: options.site)
        for (path, source) in staticCopies {
            if files[path] != nil || copies[path] != nil {
                fileDiagnostics.append(.error("static file '\(path)' would replace a page or asset the site generates; rename it", at: SourceLocation(path: DisplayPath.relative(source.path))))
            } else {
                copies[path] = source
            }
        }
        let allFiles = Set(files.keys).union(copies.keys)
        fileDiagnostics += LinkChecker.check(pages: rendered.map { ($0.page.path, $0.html) }, files: allFiles,
                                             outputName: options.output.lastPathComponent)
        guard !fileDiagnostics.hasErrors else { throw Failure(diagnostics: fileDiagnostics.sorted()) }

        if !options.dryRun {
            do { try OutputWriter.write(files: files, copies: copies, to: options.output) } catch {
                throw Failure(diagnostics: [.error(error.description, at: SourceLocation(path: options.output.path))])
            }
        }
        var byKind: [PageKind: Int] = [:]
        for page in pages { byKind[page.kind, default: 0] += 1 }
        return Report(pagesByKind: byKind, files: allFiles.count, seconds: Date().timeIntervalSince(start), output: options.output)
    }

    /// Pages render independently: split them over the cores, keep the plan's order.
    static func render(_ pages: [PlannedPage], with renderer: PageRenderer) async -> [RenderedPage] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (pages.count + workers * 4 - 1) / (workers * 4))
        return await withTaskGroup(of: (Int, [RenderedPage]).self) { group in
            for start in stride(from: 0, to: pages.count, by: chunk) {
                let slice = Array(pages[start..<min(start + chunk, pages.count)])
                group.addTask { (start, slice.map(renderer.render)) }
            }
            var parts: [(Int, [RenderedPage])] = []
            for await part in group { parts.append(part) }
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
