import Foundation
import Hummingbird
import NIOCore

/// The built site as Hummingbird's file middleware sees it. Paths that leave the output
/// folder — through `..` or a symbolic link — do not exist; HTML pages get the live-reload
/// script added on the way out, so built files never contain it.
struct PreviewFiles: FileProvider {
    struct FileAttributes: Sendable, FileMiddlewareFileAttributes {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    typealias FileIdentifier = String

    let root: String
    let snippet: [UInt8]

    init(root: URL, snippet: String) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath().path
        self.snippet = Array(snippet.utf8)
    }

    func getFileIdentifier(_ path: String) -> String? {
        guard !path.contains("\0"), !path.split(separator: "/").contains("..") else { return nil }
        return root + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// The real path, only when it is inside the output folder.
    func inside(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        let resolved = String(cString: real)
        return resolved == root || resolved.hasPrefix(root + "/") ? resolved : nil
    }

    func getAttributes(id path: String) async throws -> FileAttributes? {
        guard let real = inside(path) else { return nil }
        var info = stat()
        guard stat(real, &info) == 0 else { return nil }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        let extra = !isFolder && isHTML(real) ? snippet.count : 0
        return FileAttributes(isFolder: isFolder, size: Int(info.st_size) + extra,
                              modificationDate: Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec)))
    }

    func loadFile(id path: String, context: some RequestContext) async throws -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(bytes: try bytes(path)))
    }

    func loadFile(id path: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        let all = try bytes(path)
        let clamped = range.clamped(to: 0...max(0, all.count - 1))
        return ResponseBody(byteBuffer: ByteBuffer(bytes: all[clamped]))
    }

    func bytes(_ path: String) throws -> [UInt8] {
        guard let real = inside(path), let data = FileManager.default.contents(atPath: real) else {
            throw HTTPError(.notFound)
        }
        let bytes = [UInt8](data)
        return isHTML(real) ? Self.inject(snippet, into: bytes) : bytes
    }

    func isHTML(_ path: String) -> Bool { path.hasSuffix(".html") }

    /// The snippet goes before the last `</body>`, or at the end when there is none.
    static func inject(_ snippet: [UInt8], into page: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        guard page.count >= marker.count else { return page + snippet }
        var index = page.count - marker.count
        while index >= 0 {
            if page[index] == marker[0], Array(page[index..<index + marker.count]) == marker {
                return Array(page[..<index]) + snippet + Array(page[index...])
            }
            index -= 1
        }
        return page + snippet
    }
}
