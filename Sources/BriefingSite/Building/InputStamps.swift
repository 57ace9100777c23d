import Foundation

/// The digest of each input file the last digesting read, by the file's identity: its size,
/// inode and modification and status-change times. A file whose identity is unchanged has
/// the digest recorded, so a rebuild reads only the files that changed since (the up-to-date
/// check used to read every byte of the site on every build).
///
/// The status-change time cannot be set by a program, and a write, a rename onto the path or
/// a `touch` changes it. A file changed twice within the file system's clock tick could keep
/// its identity, so a file is recorded only when its status changed well before it was read
/// (`settled`): one changed since is read again next time, and then recorded.
struct InputStamps: Sendable {
    static let fileName = "input-stamps.bin"
    static let format: UInt64 = 1
    /// How long before the read a file's status must have last changed to be recorded.
    static let settled: Int = 2

    struct Identity: Hashable, Sendable {
        var size: Int
        var inode: UInt64
        var modified: timespec
        var changed: timespec

        init(_ info: stat) {
            size = Int(info.st_size)
            inode = UInt64(info.st_ino)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        init(size: Int, inode: UInt64, modified: timespec, changed: timespec) {
            self.size = size
            self.inode = inode
            self.modified = modified
            self.changed = changed
        }

        static func == (left: Identity, right: Identity) -> Bool {
            left.size == right.size && left.inode == right.inode
                && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
                && left.changed.tv_sec == right.changed.tv_sec && left.changed.tv_nsec == right.changed.tv_nsec
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(size)
            hasher.combine(inode)
            hasher.combine(modified.tv_nsec)
            hasher.combine(changed.tv_nsec)
        }
    }

    struct Entry: Sendable, Equatable {
        var identity: Identity
        var digest: UInt64
    }

    /// By the file's path.
    var entries: [String: Entry] = [:]

    func digest(of name: String, identity: Identity) -> UInt64? {
        guard let entry = entries[name], entry.identity == identity else { return nil }
        return entry.digest
    }

    /// The entries worth keeping from a digesting that started at `readStart` (seconds since
    /// 1970): those of files whose status had settled by then.
    static func recording(_ read: [String: Entry], readStart: Int) -> InputStamps {
        InputStamps(entries: read.filter { $0.value.identity.changed.tv_sec < readStart - settled })
    }

    static func location(site: URL) -> URL {
        site.appendingPathComponent(BuildCache.folderName).appendingPathComponent(fileName)
    }

    /// The stamps last saved; empty when there are none or the file is not one this version wrote.
    static func load(site: URL) -> InputStamps {
        guard let data = try? Data(contentsOf: location(site: site)) else { return InputStamps() }
        return data.withUnsafeBytes { decode($0) } ?? InputStamps()
    }

    /// Replaces the file atomically; a file that cannot be written is only a slower next build.
    func save(site: URL) {
        let url = Self.location(site: site)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(encoded()).write(to: url, options: .atomic)
    }

    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.word(Self.format)
        writer.varint(entries.count)
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.string(name)
            let identity = entry.identity
            for number in [UInt64(identity.size), identity.inode, UInt64(bitPattern: Int64(identity.modified.tv_sec)),
                           UInt64(bitPattern: Int64(identity.modified.tv_nsec)), UInt64(bitPattern: Int64(identity.changed.tv_sec)),
                           UInt64(bitPattern: Int64(identity.changed.tv_nsec)), entry.digest] {
                writer.word(number)
            }
        }
        return writer.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> InputStamps? {
        var reader = ByteReader(bytes: bytes)
        guard reader.word() == format, let count = reader.varint() else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let name = reader.string(), let size = reader.word(), let inode = reader.word(),
                  let modifiedSeconds = reader.word(), let modifiedNanoseconds = reader.word(),
                  let changedSeconds = reader.word(), let changedNanoseconds = reader.word(), let digest = reader.word()
            else { return nil }
            func time(_ seconds: UInt64, _ nanoseconds: UInt64) -> timespec {
                timespec(tv_sec: Int(Int64(bitPattern: seconds)), tv_nsec: Int(Int64(bitPattern: nanoseconds)))
            }
            let identity = Identity(size: Int(truncatingIfNeeded: size), inode: inode, modified: time(modifiedSeconds, modifiedNanoseconds),
                                    changed: time(changedSeconds, changedNanoseconds))
            entries[name] = Entry(identity: identity, digest: digest)
        }
        return reader.atEnd ? InputStamps(entries: entries) : nil
    }
}
