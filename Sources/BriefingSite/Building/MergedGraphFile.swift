import BriefingModel
import Foundation

/// The last good build's merge without its bodies (`GraphArchive`), kept in
/// `.briefing-cache/graph.bin` with the `UpToDate.Digests.structure` it was made from: every
/// input but article bodies. A rebuild with that structure (only bodies changed) takes it as
/// it was and redoes only what bodies give (`BriefingGraph.rebuild`). A file of another
/// structure, or whose bytes fail their checksum or do not decode, is not used.
enum MergedGraphFile {
    static let fileName = "graph.bin"
    private static let magic = Array("briefing merged graph 1\n".utf8)

    static func location(site: URL) -> URL {
        site.appendingPathComponent(BuildCache.folderName).appendingPathComponent(fileName)
    }

    /// The archived merge and the structure it was made from: read while the structure of
    /// this build is still being worked out, and used only if it is the same.
    static func load(site: URL) -> (structure: UInt64, briefing: Briefing)? {
        guard let data = try? Data(contentsOf: location(site: site), options: .mappedIfSafe) else { return nil }
        return data.withUnsafeBytes { raw -> (UInt64, Briefing)? in
            var reader = ByteReader(bytes: raw)
            guard reader.take(magic.count)?.elementsEqual(magic) == true, let structure = reader.word(),
                  let checksum = reader.word(), let payload = reader.take(raw.count - reader.offset) else { return nil }
            let bytes = UnsafeRawBufferPointer(rebasing: payload)
            var hash = ContentHash()
            hash.update(bytes)
            guard hash.finalize() == checksum else { return nil }
            return GraphArchive.decode(bytes, config: SiteConfig(title: "Briefing")).map { (structure, $0) }
        }
    }

    /// A merge that cannot be kept is only a slower next rebuild, so failures are ignored.
    static func save(_ briefing: Briefing, structure: UInt64, site: URL) {
        save(archive: GraphArchive.encode(briefing), structure: structure, site: site)
    }

    /// Saves a merge already archived (`GraphArchive.encode`), as `save(_:structure:site:)` does.
    static func save(archive payload: [UInt8], structure: UInt64, site: URL) {
        var hash = ContentHash()
        payload.withUnsafeBytes { hash.update($0) }
        var writer = ByteWriter()
        writer.bytes.reserveCapacity(magic.count + 16 + payload.count)
        writer.bytes += magic
        writer.word(structure)
        writer.word(hash.finalize())
        writer.bytes += payload
        let url = location(site: site)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(writer.bytes).write(to: url, options: .atomic)
    }
}
