import BriefingModel
import Foundation

/// Every article's parsed front matter from the last load, in `<site>/.briefing-cache`
/// (safe to delete), so a rebuild composes and decodes only the YAML that changed.
///
/// Sound by construction: parsing front matter is a function of its YAML text, the
/// file's path and the line it starts on (`ModelParser.parseFrontMatter`), and an entry is
/// used only when all three equal what it was made from, byte for byte, by the same
/// program (its size, inode and time), and its bytes still have the checksum they were
/// written with. Anything unreadable or damaged is a miss, never an error.
struct FrontMatterCache: Sendable {
    static let fileName = "front-matter.bin"
    private static let magic = Array("briefing front matter 1\n".utf8)

    /// One file's front matter and what parsing it gave, as the next cache stores it.
    struct Record: Sendable {
        var path: String
        var yamlLine: Int
        var yaml: String
        var parsed: [UInt8]
    }

    private struct Entry: Sendable {
        var yamlLine: Int
        var yaml: Range<Int>
        var parsed: Range<Int>
        var checksum: UInt64
    }

    private let bytes: Data
    private let entries: [String: Entry]

    static func location(in folder: URL) -> URL { folder.appendingPathComponent(fileName) }

    /// The cache in `folder`, when this program wrote it.
    static func load(from folder: URL) -> FrontMatterCache? {
        guard let program = programIdentity(),
              let bytes = try? Data(contentsOf: location(in: folder), options: .mappedIfSafe) else { return nil }
        return bytes.withUnsafeBytes { raw -> FrontMatterCache? in
            var reader = ByteReader(bytes: raw)
            guard reader.take(magic.count)?.elementsEqual(magic) == true,
                  reader.string() == program, let count = reader.varint() else { return nil }
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let path = reader.string(), let yamlLine = reader.varint(),
                      let yaml = reader.field(), let parsed = reader.field(), let checksum = reader.word() else { return nil }
                entries[path] = Entry(yamlLine: yamlLine, yaml: yaml, parsed: parsed, checksum: checksum)
            }
            return FrontMatterCache(bytes: bytes, entries: entries)
        }
    }

    var count: Int { entries.count }

    /// The stored result for this front matter, with its record for the next cache.
    func parsed(path: String, yaml: String, yamlLine: Int) -> (parsed: ModelParser.ParsedFrontMatter, record: Record)? {
        guard let entry = entries[path], entry.yamlLine == yamlLine else { return nil }
        return bytes.withUnsafeBytes { raw in
            var yaml = yaml
            let same = yaml.withUTF8 { $0.elementsEqual(raw[entry.yaml]) }
            let stored = UnsafeRawBufferPointer(rebasing: raw[entry.parsed])
            guard same, Self.checksum(UnsafeRawBufferPointer(rebasing: raw[entry.yaml]), stored) == entry.checksum,
                  let parsed = FrontMatterArchive.decode(stored, path: path) else { return nil }
            return (parsed, Record(path: path, yamlLine: yamlLine, yaml: yaml, parsed: Array(stored)))
        }
    }

    /// Writes `records` (replacing the file whole, atomically); failures only cost the next build time.
    static func save(_ records: [Record], to folder: URL) {
        guard let program = programIdentity() else { return }
        var writer = ByteWriter()
        writer.bytes = magic
        writer.bytes.reserveCapacity(records.reduce(64) { $0 + $1.path.utf8.count + $1.yaml.utf8.count + $1.parsed.count + 16 })
        writer.string(program)
        writer.varint(records.count)
        for record in records {
            writer.string(record.path)
            writer.varint(record.yamlLine)
            var yaml = record.yaml
            writer.field(yaml.utf8)
            writer.field(record.parsed)
            writer.word(yaml.withUTF8 { yaml in record.parsed.withUnsafeBytes { checksum(UnsafeRawBufferPointer(yaml), $0) } })
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(writer.bytes).write(to: location(in: folder), options: .atomic)
    }

    private static func checksum(_ yaml: UnsafeRawBufferPointer, _ parsed: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        hash.update(yaml)
        hash.update(parsed)
        return hash.finalize()
    }

    /// The running program's size, inode and modification time: a new build of it may
    /// parse differently, so it starts a new cache.
    static func programIdentity() -> String? {
        UpToDate.identity(of: "/proc/self/exe").map { $0.map(String.init).joined(separator: " ") }
    }
}
