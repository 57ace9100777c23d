import Foundation

/// The tree a build replaced, kept beside the output as the next build's starting point
/// instead of being deleted. After an edit of one article, most files of the new tree were
/// hard-linked from the old one, so the two differ only in the files the build wrote: the
/// next build makes the spare equal to the output again for those names alone, and writes
/// its own changes into it, instead of linking every unchanged file into an empty tree and
/// deleting every name of the old one (64,000 operations on the folders at 10,000 articles,
/// a quarter of an edited rebuild).
///
/// The spare shares its unchanged files' inodes with the output, so nothing is ever written
/// into a file of it: a name is unlinked and made again (`OutputWriter.Staging.reused`).
/// It is trusted only as recorded: the record beside it names the files that differ from
/// the output, and holds the modification time of every folder of the spare, which any
/// name added, removed or renamed inside the tree changes. A spare that does not match its
/// record, or has none, is deleted and the build starts from an empty tree.
enum SpareTree {
    private static let magic = Array("briefing spare tree 1\n".utf8)

    static func location(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
    }

    static func recordLocation(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare-record")
    }

    /// Keeps `previous` (the tree the output just replaced) as the spare when the new output
    /// wrote few of its files (`written`, the rest being links to the same files); deletes it
    /// otherwise, as it would then hold little the next build could keep. `sameNames`: the
    /// previous tree has the files the new one has, by name (the marker aside). The record
    /// also holds the new output's folder times, for the next build to tell whether names
    /// were added to or taken from it (`unchanged`).
    static func keep(_ previous: URL, output: URL, written: Set<String>, files: Int, sameNames: Bool) {
        discard(of: output)
        guard written.count * 2 < files else {
            OutputWriter.removeTree(previous)
            return
        }
        let spare = location(of: output)
        guard rename(previous.path, spare.path) == 0, let folders = folderTimes(spare.path), let outputFolders = folderTimes(output.path) else {
            for tree in [previous, spare] where FileManager.default.fileExists(atPath: tree.path) { OutputWriter.removeTree(tree) }
            return
        }
        var writer = ByteWriter()
        writer.bytes += magic
        writer.varint(sameNames ? 1 : 0)
        for times in [folders, outputFolders] {
            writer.varint(times.count)
            for (path, time) in times.sorted(by: { $0.key < $1.key }) {
                writer.string(path)
                writer.word(UInt64(bitPattern: Int64(time.tv_sec)))
                writer.word(UInt64(bitPattern: Int64(time.tv_nsec)))
            }
        }
        writer.varint(written.count)
        for path in written.sorted() { writer.string(path) }
        var hash = ContentHash()
        writer.bytes.withUnsafeBytes { hash.update($0) }
        writer.word(hash.finalize())
        if (try? Data(writer.bytes).write(to: recordLocation(of: output), options: .atomic)) == nil {
            discard(of: output)
        }
    }

    /// The spare, moved to `folder` for a build to fill: the files in which it differs from
    /// the output, whether it has the output's files by name, and the output's folder times
    /// when the spare was made; nil when there is none or it is not as recorded (it is deleted
    /// then). The record goes first, so a build killed while filling the tree leaves none.
    static func take(for output: URL, to folder: URL) -> Taken? {
        let spare = location(of: output), record = recordLocation(of: output)
        let bytes = try? Data(contentsOf: record)
        unlink(record.path)
        guard FileManager.default.fileExists(atPath: spare.path) else { return nil }
        guard let bytes, let recorded = decode(bytes),
              unchanged(spare, since: recorded.folders),
              rename(spare.path, folder.path) == 0 else {
            discard(of: output)
            return nil
        }
        return Taken(folder: folder, differing: recorded.differing, sameNames: recorded.sameNames, outputFolders: recorded.outputFolders)
    }

    /// Deletes the spare and its record.
    static func discard(of output: URL) {
        unlink(recordLocation(of: output).path)
        let spare = location(of: output)
        if FileManager.default.fileExists(atPath: spare.path) { OutputWriter.removeTree(spare) }
    }

    struct Taken {
        var folder: URL
        var differing: [String]
        var sameNames: Bool
        var outputFolders: [String: timespec]
    }

    /// Whether the tree at `root` has the folders, with their times, of `recorded`: no name was
    /// added to it, removed or renamed since.
    static func unchanged(_ root: URL, since recorded: [String: timespec]) -> Bool {
        folderTimes(root.path).map { same($0, recorded) } ?? false
    }

    private struct Record {
        var sameNames: Bool
        var folders: [String: timespec]
        var outputFolders: [String: timespec]
        var differing: [String]
    }

    private static func decode(_ data: Data) -> Record? {
        data.withUnsafeBytes { raw -> Record? in
            guard raw.count > magic.count + 8 else { return nil }
            var hash = ContentHash()
            hash.update(UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 8)]))
            var reader = ByteReader(bytes: raw)
            guard reader.take(magic.count)?.elementsEqual(magic) == true, let sameNames = reader.varint() else { return nil }
            func times() -> [String: timespec]? {
                guard let count = reader.varint() else { return nil }
                var times: [String: timespec] = [:]
                for _ in 0..<count {
                    guard let path = reader.string(), let seconds = reader.word(), let nanoseconds = reader.word() else { return nil }
                    times[path] = timespec(tv_sec: Int(Int64(bitPattern: seconds)), tv_nsec: Int(Int64(bitPattern: nanoseconds)))
                }
                return times
            }
            guard let folders = times(), let outputFolders = times() else { return nil }
            guard let count = reader.varint() else { return nil }
            var differing: [String] = []
            differing.reserveCapacity(count)
            for _ in 0..<count {
                guard let path = reader.string() else { return nil }
                differing.append(path)
            }
            guard reader.word() == hash.finalize(), reader.atEnd else { return nil }
            return Record(sameNames: sameNames == 1, folders: folders, outputFolders: outputFolders, differing: differing)
        }
    }

    private static func same(_ found: [String: timespec], _ recorded: [String: timespec]) -> Bool {
        found.count == recorded.count && found.allSatisfy { path, time in
            recorded[path].map { $0.tv_sec == time.tv_sec && $0.tv_nsec == time.tv_nsec } ?? false
        }
    }

    /// Every folder of the tree (its root as ""), with its modification time; nil when one
    /// cannot be read. Folders are few (one per page kind), files are not stat'ed.
    private static func folderTimes(_ root: String) -> [String: timespec]? {
        var times: [String: timespec] = [:]
        var complete = true
        func visit(_ relative: String) {
            var info = stat()
            let path = relative.isEmpty ? root : root + "/" + relative
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { complete = false; return }
            times[relative] = info.st_mtim
            for name in FileTree.folderNames(in: path) { visit(relative.isEmpty ? name : relative + "/" + name) }
        }
        visit("")
        return complete ? times : nil
    }
}
