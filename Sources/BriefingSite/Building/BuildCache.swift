import BriefingModel
import Foundation

/// What the last good build wrote, so the next one renders only pages whose inputs
/// changed and links the others from the previous output. Lives in `<site>/.briefing-cache`
/// (safe to delete). Never trusted blindly: a cache from another output folder or another
/// generation, one that fails to decode, or an output file whose size or time changed
/// since, means that page is rendered again.
struct BuildCache: Sendable {
    static let folderName = ".briefing-cache"
    static let fileName = "build.bin"
    static let format = 5

    struct Entry: Sendable {
        var fingerprint: Fingerprint
        var html: FileStamp
        var markdown: FileStamp
        /// The link check's view of the page, so an unchanged page need not be read.
        var lists: PageLists

        var links: [String] { lists.links }
        var ids: [String] { lists.ids }

        init(fingerprint: Fingerprint, html: FileStamp, markdown: FileStamp, lists: PageLists) {
            (self.fingerprint, self.html, self.markdown, self.lists) = (fingerprint, html, markdown, lists)
        }

        init(fingerprint: Fingerprint, html: FileStamp, markdown: FileStamp, links: [String], ids: [String]) {
            self.init(fingerprint: fingerprint, html: html, markdown: markdown, lists: PageLists(links: links, ids: ids))
        }
    }

    /// A page's links and ids: as made in this build, or where they lie in the last cache
    /// file, read only when asked for. At 10,000 articles the file holds three million
    /// links, and a rebuild after one edit reads hardly any of them: the link check passes
    /// kept pages, and the next file copies their bytes.
    struct PageLists: Sendable {
        enum Storage: Sendable {
            case values(links: [String], ids: [String])
            case stored(BuildCacheFile.Stored, Range<Int>)
        }

        var storage: Storage

        init(links: [String], ids: [String]) { storage = .values(links: links, ids: ids) }
        init(stored file: BuildCacheFile.Stored, at bytes: Range<Int>) { storage = .stored(file, bytes) }

        var links: [String] {
            switch storage {
            case .values(let links, _): links
            case .stored(let file, let bytes): file.links(at: bytes)
            }
        }

        var ids: [String] {
            switch storage {
            case .values(_, let ids): ids
            case .stored(let file, let bytes): file.ids(at: bytes)
            }
        }
    }

    struct FileStamp: Codable, Sendable, Equatable {
        var size: Int
        var modified: Double
        var inode: UInt64

        init?(_ url: URL) {
            self.init(path: url.path)
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int(info.st_size)
            modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            inode = UInt64(info.st_ino)
        }

        init(size: Int, modified: Double, inode: UInt64) {
            self.size = size
            self.modified = modified
            self.inode = inode
        }
    }

    var format = BuildCache.format
    var generation = Fingerprint.generation
    var output: String
    var pages: [String: Entry] = [:]
    /// Laid-out graphs, by path: the Graphviz source's fingerprint and the SVG file.
    var graphs: [String: GraphEntry] = [:]

    /// The inputs' digests (`UpToDate.Digests`): with them a rebuild after article bodies
    /// alone changed plans only the pages that can show them (`IncrementalPlan`).
    var structure: UInt64?
    var articles: [String: UInt64] = [:]
    /// Each article's front matter digest (`UpToDate.Digests.frontMatter`), by name.
    var frontMatter: [String: UInt64] = [:]
    /// Every path of the output, as one digest (`fileListDigest`): with it unchanged, a page
    /// kept as it was still passes the link check it passed then.
    var fileList: UInt64?
    /// The mentions the merge found in each article, by id: the next merge reuses those of
    /// articles whose file is unchanged while `structure` is too (`knownMentions(for:)`).
    var mentions = KnownMentions()
    /// The feeds, sitemap and data files (but `data/briefing.json`) as written, by path.
    var derived: [String: FileStamp] = [:]

    /// The paths of `derived`, when every one of those files is as the cache recorded it.
    func keptDerived(in root: String) -> [String]? {
        guard !derived.isEmpty else { return nil }
        for (path, file) in derived where FileStamp(path: Self.path(path, in: root)) != file { return nil }
        return derived.keys.sorted()
    }

    /// `data/briefing.json` as written, and where its actors and articles lie in it.
    var model: ModelEntry?
    /// The file this cache was read from, which the next one is written over (`BuildCacheFile`).
    var previousFile: BuildCacheFile.Previous?

    struct ModelEntry: Sendable {
        var file: FileStamp
        var layout: DataExport.ModelLayout
    }

    /// The mentions of the last build that still hold: all inputs but article bodies are as
    /// they were, so the names searched for and each article's listed actors are too, and
    /// so is the body of every article whose file has the digest it had.
    func knownMentions(for inputs: UpToDate.Digests?) -> KnownMentions {
        guard let inputs, let structure, structure == inputs.structure else { return .init() }
        var known = KnownMentions()
        for (name, digest) in inputs.articles where articles[name] == digest {
            let id = FileName.stem(name)
            if let list = mentions.byArticle[id] { known.byArticle[id] = list }
        }
        return known
    }

    static func fileListDigest(_ files: Set<String>) -> UInt64 {
        var hash = ContentHash()
        for path in files.sorted() {
            hash.update(path)
            hash.update(UInt8(0))
        }
        return hash.finalize()
    }

    struct GraphEntry: Codable, Sendable {
        var fingerprint: Fingerprint
        var svg: FileStamp
    }

    func reusableGraph(_ path: String, fingerprint: Fingerprint, in output: URL) -> Bool {
        guard let entry = graphs[path], entry.fingerprint == fingerprint else { return false }
        return FileStamp(output.appendingPathComponent(path)) == entry.svg
    }

    /// `relative` in the output folder `root` (`output.path`), as a path: made for every file
    /// of the site, and URL's `appendingPathComponent` was a tenth of a rebuild's time.
    static func path(_ relative: String, in root: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    static func location(site: URL) -> URL {
        site.appendingPathComponent(folderName).appendingPathComponent(fileName)
    }

    /// The cache for this output, or nil when there is none that can be trusted.
    static func load(site: URL, output: URL) -> BuildCache? {
        // A cache of an output folder that is gone describes no file that can be kept, and
        // taken as the last build's it would make the build render its citations page by page.
        guard FileManager.default.fileExists(atPath: output.path),
              let data = try? Data(contentsOf: location(site: site), options: .mappedIfSafe),
              let cache = BuildCacheFile.decode(data),
              cache.format == format, cache.generation == Fingerprint.generation,
              cache.output == output.standardizedFileURL.path
        else { return nil }
        return cache
    }

    /// The previous page, if its fingerprint matches (nil: any) and its files are as the cache left them.
    func reusable(_ path: String, markdownPath: String, fingerprint: Fingerprint?, in root: String) -> Entry? {
        guard let entry = pages[path], fingerprint == nil || entry.fingerprint == fingerprint,
              FileStamp(path: Self.path(path, in: root)) == entry.html,
              FileStamp(path: Self.path(markdownPath, in: root)) == entry.markdown
        else { return nil }
        return entry
    }

    /// In a compact binary form (`BuildCacheFile`): the cache holds every link of every
    /// page, and as JSON (170 MB for 10,000 articles) decoding it was a large part of a
    /// rebuild. A cache that cannot be written is only a slower next build, so failures are ignored.
    /// Returns how many pages' links were copied from the last file (`BuildCacheFile`).
    @discardableResult
    func save(site: URL) -> Int {
        let prepared = prepare(site: site)
        if let pending = prepared.pending { Self.commit(pending, site: site) }
        return prepared.copiedPages
    }

    /// Writes the cache beside its place, so it can be made while the output it describes is
    /// still being put together; `commit` puts it in place once that output is.
    func prepare(site: URL) -> (pending: URL?, copiedPages: Int) {
        let url = BuildCache.location(site: site)
        let pending = url.deletingLastPathComponent().appendingPathComponent(BuildCache.fileName + ".new", isDirectory: false)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoded = BuildCacheFile.encodeParts(self)
        do { try PlainFileWrite.write(parts: encoded.parts, toPath: pending.path) } catch { return (nil, encoded.copiedPages) }
        return (pending, encoded.copiedPages)
    }

    static func commit(_ pending: URL, site: URL) {
        let url = location(site: site)
        if rename(pending.path, url.path) != 0 { unlink(pending.path) }
        // The JSON form of earlier versions, now unused.
        unlink(url.deletingLastPathComponent().appendingPathComponent("build.json").path)
    }

    /// The up-to-date record is sorted JSON, replaced atomically; a record that cannot be
    /// written is only a slower next build, so failures are ignored.
    static func saveJSON(_ value: some Encodable, to url: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(value) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
