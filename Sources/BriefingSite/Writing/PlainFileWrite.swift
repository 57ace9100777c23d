import Foundation

/// Writes a whole file with open, write and close. Foundation's `Data.write(to:)` also calls
/// `fsync` on every file it writes: in a full build that was most of the page writes' cost
/// (7% of the samples at 1,000 articles by perf, and each call waits for the disk besides).
/// The pages go into a staging tree that is swapped in whole once complete, so a page must
/// be complete when the swap happens, not on the disk: a crash before the swap leaves the
/// previous site in place either way.
enum PlainFileWrite {
    static func write(_ data: Data, toPath path: String) throws {
        try write(toPath: path) { descriptor in try data.withUnsafeBytes { try writeAll($0, to: descriptor) } }
    }

    /// A file made of `parts` one after another, without joining them first.
    static func write(parts: [[UInt8]], toPath path: String) throws {
        try write(toPath: path) { descriptor in
            for part in parts { try part.withUnsafeBytes { try writeAll($0, to: descriptor) } }
        }
    }

    private static func write(toPath path: String, _ body: (Int32) throws -> Void) throws {
        // 0o666 before the umask, as Foundation creates files.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw posixError() }
        defer { close(descriptor) }
        try body(descriptor)
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw posixError()
            }
            offset += written
        }
    }

    /// The current `errno` as the error `OutputWriter.reason` reads the system's words from.
    private static func posixError() -> NSError { NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
}
