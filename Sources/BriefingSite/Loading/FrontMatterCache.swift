import BriefingModel
import BriefingRender
import Foundation

/// Every article's parsed front matter from the last load, in `<site>/.briefing-cache`
/// (safe to delete), so a rebuild composes and decodes only the YAML that changed; its
/// body's outline (paragraphs and link destinations, `BodyOutline`), so cmark parses only
/// the bodies that changed; and every definition file's parse, the same way as front matter.
///
/// Sound by construction: parsing front matter is a function of its YAML text, the
/// file's path and the line it starts on (`ModelParser.parseFrontMatter`; a definition
/// file's parse, of its text and path), and an entry is
/// used only when all three equal what it was made from, byte for byte, by the same
/// program (its size, inode and time), and its bytes still have the checksum they were
/// written with. A body's outline is a function of the body's text alone, and is used only
/// when that text has the digest it was made from. Anything unreadable or damaged is a
/// miss, never an error.
///
/// An article's entry also holds the digest of its whole file as the up-to-date check made it
/// (`UpToDate.Digests.articles`) and the line its body starts on: a rebuild that keeps the last
/// merge takes an unchanged file's diagnostics and outline by that digest, without reading the
/// file (`unchanged(path:file:)`); its body is read only if its page is made again.
///
/// The entries are spread over `shardCount` files by their path, and a save writes only
/// the files whose entries changed: at 10,000 articles the cache is 82 MB, and writing it
/// whole after one edit was a tenth of that rebuild. Each entry checks itself, so files
/// written by different builds may stand side by side.
struct FrontMatterCache: Sendable {
    static let folderName = "front-matter"
    static let shardCount = 32
    /// The single file of earlier versions, removed by the first save.
    static let formerFileName = "front-matter.bin"
    private static let magic = Array("briefing front matter 4\n".utf8)

    /// One file's front matter and what parsing it gave, as the next cache stores it.
    struct Record: Sendable {
        fileprivate enum Form: Sendable {
            /// The body's outline as bytes (`BodyOutline.encode`), with the body's digest; nil
            /// when the body was not outlined (a draft, a refused body, a front matter that failed).
            /// `file`: the whole file's digest (0 when unknown, and for definition files).
            case made(path: String, yamlLine: Int, yaml: String, parsed: [UInt8], body: (digest: UInt64, outline: [UInt8])?, file: FileDigest)
            /// An entry of the last cache that still holds, written again as the bytes it was
            /// (in its shard's file): encoding and checksumming every entry again was most of
            /// saving after one edit.
            case kept(Data, Range<Int>, shard: Int)
        }

        fileprivate var form: Form

        init(path: String, yamlLine: Int, yaml: String, parsed: [UInt8], body: (digest: UInt64, outline: [UInt8])? = nil,
             file: FileDigest = .unknown) {
            form = .made(path: path, yamlLine: yamlLine, yaml: yaml, parsed: parsed, body: body, file: file)
        }

        fileprivate init(kept bytes: Data, entry: Range<Int>, shard: Int) {
            form = .kept(bytes, entry, shard: shard)
        }

        /// The stored parse, when made in this load.
        var parsed: [UInt8]? {
            guard case .made(_, _, _, let parsed, _, _) = form else { return nil }
            return parsed
        }

        fileprivate var shard: Int {
            switch form {
            case .made(let path, _, _, _, _, _): FrontMatterCache.shard(of: path)
            case .kept(_, _, let shard): shard
            }
        }

        /// Written again as the bytes the last cache held.
        var isKept: Bool {
            if case .kept = form { return true }
            return false
        }
    }

    /// An article file's digest (`UpToDate.Digests.articles`) and the line its body starts on.
    struct FileDigest: Sendable, Equatable {
        var digest: UInt64
        var bodyLine: Int
        static let unknown = FileDigest(digest: 0, bodyLine: 0)
    }

    private struct Entry: Sendable {
        var shard: Int
        /// All of it, from its path to its checksum, in its shard's bytes.
        var whole: Range<Int>
        var yamlLine: Int
        var yaml: Range<Int>
        var parsed: Range<Int>
        var bodyDigest: UInt64
        var body: Range<Int>?
        var file: FileDigest
    }

    /// Each shard file's bytes (empty when it was missing or unusable).
    private let shards: [Data]
    private let entries: [String: Entry]
    /// How many good entries each shard file held.
    private let shardCounts: [Int]

    static func folder(in cacheFolder: URL) -> URL { cacheFolder.appendingPathComponent(folderName, isDirectory: true) }

    static func location(in cacheFolder: URL, shard: Int) -> URL {
        folder(in: cacheFolder).appendingPathComponent("\(shard).bin", isDirectory: false)
    }

    /// Which file holds the entry of `path`: the same in every build.
    static func shard(of path: String) -> Int {
        var hash = ContentHash()
        hash.update(path)
        return Int(hash.finalize() % UInt64(shardCount))
    }

    /// The cache in `folder`, when this program wrote any of it.
    static func load(from folder: URL) -> FrontMatterCache? {
        guard let program = programIdentity() else { return nil }
        var shards: [Data] = [], entries: [String: Entry] = [:], counts: [Int] = []
        for shard in 0..<shardCount {
            let bytes = (try? Data(contentsOf: location(in: folder, shard: shard), options: .mappedIfSafe)) ?? Data()
            let found = bytes.withUnsafeBytes { read($0, shard: shard, program: program) } ?? [:]
            shards.append(found.isEmpty ? Data() : bytes)
            counts.append(found.count)
            entries.merge(found) { first, _ in first }
        }
        guard !entries.isEmpty else { return nil }
        return FrontMatterCache(shards: shards, entries: entries, shardCounts: counts)
    }

    /// One shard file's good entries by path; nil when it is not a file of this format and program.
    private static func read(_ raw: UnsafeRawBufferPointer, shard: Int, program: String) -> [String: Entry]? {
        var reader = ByteReader(bytes: raw)
        guard reader.take(magic.count)?.elementsEqual(magic) == true,
              reader.string() == program, let count = reader.varint() else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let start = reader.offset
            guard let path = reader.string(), let yamlLine = reader.varint(),
                  let yaml = reader.field(), let parsed = reader.field(), let hasBody = reader.varint(),
                  let bodyDigest = reader.word(), let body = reader.field(), let fileDigest = reader.word(),
                  let bodyLine = reader.varint(), let checksum = reader.word() else { return nil }
            let entry = Entry(shard: shard, whole: start..<reader.offset, yamlLine: yamlLine, yaml: yaml, parsed: parsed,
                              bodyDigest: bodyDigest, body: hasBody == 1 ? body : nil, file: FileDigest(digest: fileDigest, bodyLine: bodyLine))
            // Checked once here: a damaged entry is a miss, the others still serve.
            if Self.checksum(of: entry, in: raw) == checksum { entries[path] = entry }
        }
        return entries
    }

    var count: Int { entries.count }

    /// The stored result for this front matter, with its record for the next cache (which
    /// holds `file`, the digest of the file it was read from).
    func parsed(path: String, yaml: String, yamlLine: Int, file: FileDigest) -> (parsed: ModelParser.ParsedFrontMatter, record: Record)? {
        stored(path: path, yaml: yaml, yamlLine: yamlLine, file: file) { FrontMatterArchive.decode($0, path: path) }
    }

    /// The stored parse of a definition file (its whole text, as `yaml` on line 1), with its record.
    func definition(path: String, text: String) -> (parsed: (definition: DefinitionDeclaration?, diagnostics: [Diagnostic]), record: Record)? {
        stored(path: path, yaml: text, yamlLine: 1, file: .unknown) { FrontMatterArchive.decodeDefinition($0, path: path) }
    }

    /// Only the diagnostics of the stored parse of this front matter or definition file (its
    /// whole text as `yaml` on line 1), with its record: all a rebuild that keeps the last
    /// merge needs of a file that did not change.
    func diagnostics(path: String, yaml: String, yamlLine: Int, file: FileDigest = .unknown) -> (diagnostics: [Diagnostic], record: Record)? {
        stored(path: path, yaml: yaml, yamlLine: yamlLine, file: file) { FrontMatterArchive.decodeDiagnostics($0, path: path) }
            .map { ($0.parsed, $0.record) }
    }

    /// What a rebuild keeping the last merge needs of an article file it does not read: the
    /// diagnostics of its front matter, its body's outline (nil when the body was not outlined)
    /// and the line the body starts on, when the entry was made from a file with this digest.
    func unchanged(path: String, file digest: UInt64) -> (diagnostics: [Diagnostic], outline: BodyOutline?, bodyLine: Int, record: Record)? {
        guard digest != FileDigest.unknown.digest, let entry = entries[path], entry.file.digest == digest else { return nil }
        let bytes = shards[entry.shard]
        return bytes.withUnsafeBytes { raw in
            guard let diagnostics = FrontMatterArchive.decodeDiagnostics(UnsafeRawBufferPointer(rebasing: raw[entry.parsed]), path: path)
            else { return nil }
            var outline: BodyOutline?
            if let body = entry.body {
                guard let decoded = BodyOutline.decode(UnsafeRawBufferPointer(rebasing: raw[body])) else { return nil }
                outline = decoded
            }
            return (diagnostics, outline, entry.file.bodyLine, Record(kept: bytes, entry: entry.whole, shard: entry.shard))
        }
    }

    /// What `decode` makes of the stored parse, when the entry was made from exactly this text;
    /// its record is the entry's bytes again, or made anew when it holds another file digest.
    private func stored<Parsed>(path: String, yaml: String, yamlLine: Int, file: FileDigest,
                                decode: (UnsafeRawBufferPointer) -> Parsed?) -> (parsed: Parsed, record: Record)? {
        guard let entry = entries[path], entry.yamlLine == yamlLine else { return nil }
        let bytes = shards[entry.shard]
        return bytes.withUnsafeBytes { raw in
            var yaml = yaml
            let same = yaml.withUTF8 { $0.elementsEqual(raw[entry.yaml]) }
            guard same, let parsed = decode(UnsafeRawBufferPointer(rebasing: raw[entry.parsed])) else { return nil }
            guard entry.file != file else { return (parsed, Record(kept: bytes, entry: entry.whole, shard: entry.shard)) }
            let body = entry.body.map { (digest: entry.bodyDigest, outline: Array(raw[$0])) }
            return (parsed, Record(path: path, yamlLine: yamlLine, yaml: yaml, parsed: Array(raw[entry.parsed]), body: body, file: file))
        }
    }

    /// The stored outline of this article's body, when the body has the digest it was made from.
    func body(path: String, digest: UInt64) -> BodyOutline? {
        guard let entry = entries[path], let range = entry.body, entry.bodyDigest == digest else { return nil }
        return shards[entry.shard].withUnsafeBytes { BodyOutline.decode(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// Writes `records`, each shard file replaced whole and atomically, except the files whose
    /// entries are exactly those `previous` read from them; failures only cost the next build time.
    static func save(_ records: [Record], to folder: URL, previous: FrontMatterCache?) {
        guard let program = programIdentity() else { return }
        var byShard = Array(repeating: [Record](), count: shardCount)
        for record in records { byShard[record.shard].append(record) }
        try? FileManager.default.createDirectory(at: self.folder(in: folder), withIntermediateDirectories: true)
        unlink(folder.appendingPathComponent(formerFileName, isDirectory: false).path)
        for (shard, records) in byShard.enumerated() {
            if let previous, previous.shardCounts[shard] == records.count, records.allSatisfy(\.isKept) { continue }
            try? Data(encode(records, program: program)).write(to: location(in: folder, shard: shard), options: .atomic)
        }
    }

    private static func encode(_ records: [Record], program: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes = magic
        writer.bytes.reserveCapacity(records.reduce(64) { size, record in
            switch record.form {
            case .made(let path, _, let yaml, let parsed, let body, _): size + path.utf8.count + yaml.utf8.count + parsed.count + (body?.outline.count ?? 0) + 64
            case .kept(_, let entry, _): size + entry.count
            }
        })
        writer.string(program)
        writer.varint(records.count)
        for record in records {
            switch record.form {
            case .kept(let bytes, let entry, _):
                bytes.withUnsafeBytes { writer.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[entry])) }
            case .made(let path, let yamlLine, var yaml, let parsed, let body, let file):
                writer.string(path)
                writer.varint(yamlLine)
                writer.field(yaml.utf8)
                writer.field(parsed)
                writer.varint(body == nil ? 0 : 1)
                writer.word(body?.digest ?? 0)
                let outline = body?.outline ?? []
                writer.field(outline)
                writer.word(file.digest)
                writer.varint(file.bodyLine)
                writer.word(yaml.withUTF8 { yaml in
                    parsed.withUnsafeBytes { parsed in
                        outline.withUnsafeBytes { checksum(UnsafeRawBufferPointer(yaml), parsed, bodyDigest: body?.digest ?? 0, body: $0, file: file) }
                    }
                })
            }
        }
        return writer.bytes
    }

    private static func checksum(_ yaml: UnsafeRawBufferPointer, _ parsed: UnsafeRawBufferPointer, bodyDigest: UInt64,
                                 body: UnsafeRawBufferPointer, file: FileDigest) -> UInt64 {
        var hash = ContentHash()
        for field in [yaml, parsed] {
            hash.update(field.count)
            hash.update(field)
        }
        hash.update(bodyDigest)
        hash.update(body)
        hash.update(file.digest)
        hash.update(file.bodyLine)
        return hash.finalize()
    }

    private static func checksum(of entry: Entry, in raw: UnsafeRawBufferPointer) -> UInt64 {
        checksum(UnsafeRawBufferPointer(rebasing: raw[entry.yaml]), UnsafeRawBufferPointer(rebasing: raw[entry.parsed]),
                 bodyDigest: entry.bodyDigest, body: UnsafeRawBufferPointer(rebasing: raw[entry.body ?? 0..<0]), file: entry.file)
    }

    /// The running program's size, inode and modification time: a new build of it may
    /// parse differently, so it starts a new cache.
    static func programIdentity() -> String? {
        UpToDate.identity(of: "/proc/self/exe").map { $0.map(String.init).joined(separator: " ") }
    }
}

/// What loading an article takes from cmark's parse of its body: the paragraphs and every
/// link destination, with lines counted in the body. A function of the body's text alone.
struct BodyOutline: Sendable, Equatable {
    var paragraphs: [MarkdownParagraph]
    var links: [Link]

    struct Link: Sendable, Equatable {
        var url: String
        var line: Int
    }

    init(of body: String) {
        let parsed = Cmark.paragraphsAndLinks(in: body)
        paragraphs = parsed.paragraphs
        links = parsed.links.map { Link(url: $0.url, line: $0.line) }
    }

    private init(paragraphs: [MarkdownParagraph], links: [Link]) {
        self.paragraphs = paragraphs
        self.links = links
    }

    static func digest(of body: String) -> UInt64 {
        var hash = ContentHash()
        hash.update(body)
        return hash.finalize()
    }

    func encode() -> [UInt8] {
        var writer = ByteWriter()
        writer.varint(paragraphs.count)
        for paragraph in paragraphs {
            // Words, not varints: a varint is read as at most the bytes' size.
            writer.word(UInt64(max(0, paragraph.number)))
            writer.word(UInt64(max(0, paragraph.line)))
            writer.string(paragraph.text)
        }
        writer.varint(links.count)
        for link in links {
            writer.string(link.url)
            writer.word(UInt64(max(0, link.line)))
        }
        return writer.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> BodyOutline? {
        var reader = ByteReader(bytes: bytes)
        guard let paragraphCount = reader.varint() else { return nil }
        var paragraphs: [MarkdownParagraph] = []
        paragraphs.reserveCapacity(paragraphCount)
        for _ in 0..<paragraphCount {
            guard let number = reader.word().flatMap({ Int(exactly: $0) }), let line = reader.word().flatMap({ Int(exactly: $0) }),
                  let text = reader.string() else { return nil }
            paragraphs.append(MarkdownParagraph(number: number, line: line, text: text))
        }
        guard let linkCount = reader.varint() else { return nil }
        var links: [Link] = []
        links.reserveCapacity(linkCount)
        for _ in 0..<linkCount {
            guard let url = reader.string(), let line = reader.word().flatMap({ Int(exactly: $0) }) else { return nil }
            links.append(Link(url: url, line: line))
        }
        return reader.atEnd ? BodyOutline(paragraphs: paragraphs, links: links) : nil
    }
}
