import BriefingModel
import BriefingRender
import BriefingTemplates
import Foundation

/// The last good build's inputs and output, so that a build with nothing changed says so
/// without loading the site. Saved beside the page cache after a build succeeds; removed
/// as a build starts, so an interrupted build never leaves a record that claims its
/// output. Trusted only when both digests match:
/// - `inputs`: the bytes of every file below the site folder (hidden names and the output
///   excepted: the loader reads none of them), the default templates, the options that
///   change the output, and the identity of the program and of Pagefind and Graphviz;
/// - `outputState`: the path, size, times and inode of every file in the output, so a
///   file removed, added or edited there means a real build.
struct UpToDate: Codable, Sendable {
    static let fileName = "up-to-date.json"
    static let format = 2

    struct StoredDiagnostic: Codable, Sendable {
        var severity: String
        var message: String
        var path: String
        var line: Int
        var column: Int
    }

    var format = UpToDate.format
    var inputs: String
    var output: String
    var outputState: String
    var pagesByKind: [String: Int]
    var files: Int
    /// The warnings of the build that made the output, printed again with every
    /// up-to-date report until the inputs change.
    var warnings: [StoredDiagnostic]

    init(inputs: String, output: URL, outputState: String, pagesByKind: [PageKind: Int], files: Int, warnings: [Diagnostic]) {
        self.inputs = inputs
        self.output = output.standardizedFileURL.path
        self.outputState = outputState
        self.pagesByKind = Dictionary(uniqueKeysWithValues: pagesByKind.map { ($0.key.rawValue, $0.value) })
        self.files = files
        self.warnings = warnings.map {
            StoredDiagnostic(severity: $0.severity.rawValue, message: $0.message, path: $0.location.path,
                             line: $0.location.line, column: $0.location.column)
        }
    }

    var storedPagesByKind: [PageKind: Int] {
        Dictionary(uniqueKeysWithValues: pagesByKind.compactMap { key, count in PageKind(rawValue: key).map { ($0, count) } })
    }

    var storedWarnings: [Diagnostic] {
        warnings.map {
            Diagnostic(Diagnostic.Severity(rawValue: $0.severity) ?? .warning, $0.message,
                       at: SourceLocation(path: $0.path, line: $0.line, column: $0.column))
        }
    }

    static func location(site: URL) -> URL {
        site.appendingPathComponent(BuildCache.folderName).appendingPathComponent(fileName)
    }

    /// The record, when the output is exactly what the build with these inputs left.
    static func matching(inputs: String, site: URL, output: URL) -> UpToDate? {
        guard let data = try? Data(contentsOf: location(site: site)),
              let record = try? JSONDecoder().decode(UpToDate.self, from: data),
              record.format == format, record.inputs == inputs, record.output == output.standardizedFileURL.path,
              let state = outputState(of: output), state == record.outputState
        else { return nil }
        return record
    }

    func save(site: URL) {
        BuildCache.saveJSON(self, to: Self.location(site: site))
    }

    static func remove(site: URL) {
        unlink(location(site: site).path)
    }

    /// What the build reads, as digests: all of it, and all but the article bodies.
    struct Digests: Sendable {
        /// Every input: the up-to-date record's key.
        var all: String
        /// Every input except the bodies of article files (their front matter, names and the
        /// lines the bodies start on are in it). Equal in two builds when at most article
        /// bodies changed: then the model differs only in those articles' text and paragraphs
        /// and in the mentions found in them (`IncrementalPlan`). Made only when `all` is
        /// not the last build's (`withStructure`): nil until then.
        var structure: UInt64?
        /// Each article file's bytes, by its name in `articles/`.
        var articles: [String: UInt64]
        /// Each article file's front matter as the loader splits it (`frontMatterDigest`), by
        /// name; made with `structure`.
        var frontMatter: [String: UInt64] = [:]
        /// Every input but the article files' bytes: `structure` without the front matter.
        fileprivate var others: UInt64
        /// The article files in the order they were read: name and path.
        fileprivate var articleFiles: [(name: String, path: String)]

        /// These digests with `structure`. An article file whose bytes are those the last
        /// build recorded has the front matter it recorded; only the others are read and split.
        func withStructure(reusing cache: BuildCache?) -> Digests? {
            var digests = self
            var structure = ContentHash()
            structure.update(others)
            for (name, path) in articleFiles {
                let own = articles[name]
                let frontMatter: UInt64
                if let own, cache?.articles[name] == own, let known = cache?.frontMatter[name] {
                    frontMatter = known
                } else {
                    guard let bytes = FileManager.default.contents(atPath: path), ContentHash.digest(of: bytes) == own else { return nil }
                    frontMatter = UpToDate.frontMatterDigest(name, bytes: bytes)
                }
                digests.frontMatter[name] = frontMatter
                structure.update(name)
                structure.update(frontMatter)
            }
            digests.structure = structure.finalize()
            return digests
        }
    }

    /// An article file split as the loader splits it (`FrontMatter.split`): its YAML, the line
    /// it starts on and the body's first line; a file that does not split, whole.
    static func frontMatterDigest(_ name: String, bytes: Data) -> UInt64 {
        var hash = ContentHash()
        switch FrontMatter.split(String(decoding: bytes, as: UTF8.self), path: name) {
        case .success(let split):
            hash.update(0)
            hash.update(split.yaml.utf8.count)
            hash.update(split.yaml)
            hash.update(split.yamlLine)
            hash.update(split.bodyLine)
        case .failure:
            hash.update(1)
            bytes.withUnsafeBytes { hash.update($0) }
        }
        return hash.finalize()
    }

    /// The build's input digests; nil when part of the site cannot be read (a real build
    /// then reports it). Files unchanged since the last check keep the digest it recorded, and
    /// the digests made now are recorded for the next (`InputStamps`).
    static func inputs(of options: SiteBuilder.Options) -> Digests? {
        var hashes = InputHashes()
        hashes.update("briefing-inputs \(format) \(BuildCache.format) \(Fingerprint.generation)")
        hashes.update("drafts \(options.includeDrafts) strict \(options.strict) search \(String(describing: options.search))")
        hashes.update(options.output.standardizedFileURL.path)
        // A new version of the program, or of the tools it runs, must rebuild.
        for program in ["/proc/self/exe", SearchIndex.pagefind?.path ?? "no pagefind", ActorNetwork.graphviz?.path ?? "no graphviz"] {
            addIdentity(of: program, to: &hashes)
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
        defer { buffer.deallocate() }
        let stamps = InputStamps.load(site: options.site)
        let readStart = time(nil)
        var digested = Digested(known: stamps)
        if let defaults = DefaultTemplates.directory {
            var none: [ArticleFile]? = nil
            guard addContents(of: defaults.standardizedFileURL.path, except: nil, articles: &none, to: &hashes, digested: &digested, buffer: buffer)
            else { return nil }
        }
        let site = options.site.standardizedFileURL.path
        let output = options.output.standardizedFileURL.path
        let outputInside = output.hasPrefix(site + "/") ? String(output.dropFirst(site.count + 1)) : nil
        var listed: [ArticleFile]? = []
        guard addContents(of: site, except: outputInside, articles: &listed, to: &hashes, digested: &digested, buffer: buffer),
              let articleFiles = listed, let digests = digests(of: articleFiles, known: stamps) else { return nil }
        for (file, digest) in zip(articleFiles, digests) {
            hashes.addArticle(file.name, path: file.path, digest: digest, size: file.size)
            digested.entries[file.path] = InputStamps.Entry(identity: file.identity, digest: digest)
        }
        let next = InputStamps.recording(digested.entries, readStart: readStart)
        if next.entries != stamps.entries { next.save(site: options.site) }
        return Digests(all: hashes.all.hex, structure: nil, articles: hashes.articles, others: hashes.structure.finalize(),
                       articleFiles: hashes.articleFiles)
    }

    /// The digests as they are made: most inputs go into both; an article file's bytes go
    /// into `all` (as the file's own digest) but not into `structure`, which gets its front
    /// matter later, when it is needed (`Digests.withStructure`).
    private struct InputHashes {
        var all = ContentHash()
        var structure = ContentHash()
        var articles: [String: UInt64] = [:]
        var articleFiles: [(name: String, path: String)] = []

        mutating func update(_ text: String) {
            all.update(text)
            structure.update(text)
        }
        mutating func update(_ number: some FixedWidthInteger) {
            all.update(number)
            structure.update(number)
        }
        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            all.update(bytes)
            structure.update(bytes)
        }

        /// An article file: its digest, in `all` and by its name.
        mutating func addArticle(_ name: String, path: String, digest: UInt64, size: Int) {
            all.update(size)
            all.update(digest)
            articles[name] = digest
            articleFiles.append((name, path))
        }
    }

    /// Size, times and inode, not bytes: the program may be large, and it is not edited in place.
    private static func addIdentity(of path: String, to hash: inout InputHashes) {
        hash.update(path)
        for number in identity(of: path) ?? [] { hash.update(number) }
    }

    /// A file's size, inode and modification time; nil when it cannot be read.
    static func identity(of path: String) -> [Int]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [Int(info.st_size), Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
    }

    /// Every name and byte below `root`, skipping hidden names as the loader does. A link
    /// is hashed as its target text and what it leads to, since the loader follows links
    /// that stay in the site.
    /// `articles`: when given, `root` is the site, and its `articles/*.md` files are listed there
    /// to be digested apart (`digests(of:)`, then `InputHashes.addArticle`), not read here.
    private static func addContents(of root: String, except skipped: String?, articles: inout [ArticleFile]?, to hash: inout InputHashes,
                                    digested: inout Digested, buffer: UnsafeMutableRawBufferPointer) -> Bool {
        var readable = true
        var visitedLinks = Set<String>()
        func add(_ folder: String, prefix: String) {
            let complete = FileTree.walk(folder) { entry in
                let name = prefix + entry.relative
                if entry.relative.split(separator: "/").last?.hasPrefix(".") == true || name == skipped { return false }
                hash.update(name)
                if entry.isSymbolicLink {
                    hash.update((try? FileManager.default.destinationOfSymbolicLink(atPath: entry.path)) ?? "")
                    var target = stat()
                    guard stat(entry.path, &target) == 0 else { return false }
                    if target.st_mode & S_IFMT == S_IFREG {
                        readable = FileTree.readContents(of: entry.path, buffer: buffer) { hash.update($0) } && readable
                    } else if target.st_mode & S_IFMT == S_IFDIR, visitedLinks.insert(URL(fileURLWithPath: entry.path).resolvingSymlinksInPath().path).inserted {
                        add(entry.path, prefix: name + "/")
                    }
                    return false
                }
                if entry.isRegularFile {
                    if articles != nil && isArticleFile(name) {
                        articles?.append(ArticleFile(name: String(name.dropFirst("articles/".count)), path: entry.path,
                                                     identity: InputStamps.Identity(entry.info)))
                    } else if let digest = digested.digest(of: entry, buffer: buffer) {
                        hash.update(Int(entry.info.st_size))
                        hash.update(digest)
                    } else {
                        readable = false
                    }
                }
                return true
            }
            readable = readable && complete
        }
        add(root, prefix: "")
        return readable
    }

    struct ArticleFile: Sendable {
        var name: String
        var path: String
        var identity: InputStamps.Identity
        var size: Int { identity.size }
    }

    /// The digests of the files read so far, by path, and those the last digesting recorded.
    private struct Digested {
        let known: InputStamps
        var entries: [String: InputStamps.Entry] = [:]

        mutating func digest(of entry: FileTree.Entry, buffer: UnsafeMutableRawBufferPointer) -> UInt64? {
            let identity = InputStamps.Identity(entry.info)
            guard let digest = Self.digest(of: entry.path, identity: identity, known: known, buffer: buffer) else { return nil }
            entries[entry.path] = InputStamps.Entry(identity: identity, digest: digest)
            return digest
        }

        /// A file's digest: the one recorded for it while it is unchanged, else of its bytes;
        /// nil when it cannot be read.
        static func digest(of path: String, identity: InputStamps.Identity, known: InputStamps,
                           buffer: UnsafeMutableRawBufferPointer) -> UInt64? {
            if let recorded = known.digest(of: path, identity: identity) { return recorded }
            var own = ContentHash()
            guard FileTree.readContents(of: path, buffer: buffer, { own.update($0) }) else { return nil }
            return own.finalize()
        }
    }

    /// Each article file's digest, in order: the recorded one while the file is unchanged,
    /// else read on every core (the files are most of what a site holds); nil when one cannot be read.
    private static func digests(of files: [ArticleFile], known: InputStamps) -> [UInt64]? {
        let size = max(1, files.count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let runs = stride(from: 0, to: files.count, by: size).map { $0..<min($0 + size, files.count) }
        let digests = concurrentMap(runs) { run -> [UInt64]? in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
            defer { buffer.deallocate() }
            var digests: [UInt64] = []
            for file in files[run] {
                guard let digest = Digested.digest(of: file.path, identity: file.identity, known: known, buffer: buffer) else { return nil }
                digests.append(digest)
            }
            return digests
        }
        var all: [UInt64] = []
        for run in digests {
            guard let run else { return nil }
            all += run
        }
        return all
    }

    /// A file the loader reads as an article: `articles/<name>.md` or `.markdown`.
    static func isArticleFile(_ relative: String) -> Bool {
        // Asked of every file of the site on every build: bytes, not a split into parts.
        let bytes = relative.utf8
        let folder = "articles/".utf8
        guard bytes.starts(with: folder) else { return false }
        let name = bytes.dropFirst(folder.count)
        return !name.contains(UInt8(ascii: "/")) && (relative.hasSuffix(".md") || relative.hasSuffix(".markdown"))
    }

    /// Every file of the output with its size, times and inode: cheap (no bytes read) and
    /// changed by any write, rename or replacement. nil when there is no output folder.
    static func outputState(of output: URL) -> String? {
        let root = output.standardizedFileURL.path
        var info = stat()
        guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        var hash = ContentHash()
        let complete = FileTree.walk(root) { entry in
            let info = entry.info
            hash.update(entry.relative)
            hash.update(Int(info.st_mode))
            guard !entry.isDirectory else { return true }
            for number in [Int(info.st_size), Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, info.st_ctim.tv_sec, info.st_ctim.tv_nsec] {
                hash.update(number)
            }
            return true
        }
        return complete ? hash.hex : nil
    }
}
