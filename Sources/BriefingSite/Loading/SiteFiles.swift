import BriefingModel
import Foundation

/// The site folder as the loader sees it: relative paths, sorted listings, and no
/// symbolic link followed out of the folder.
struct SiteFiles {
    let root: URL
    /// The root with every symbolic link resolved: what "inside the site" is compared to.
    let realRoot: String
    /// The root's path ending in `/`, to which relative paths are joined.
    private let rootPrefix: String

    init(root: URL) {
        self.root = root
        let rootPath = root.path
        self.rootPrefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        self.realRoot = Self.realPath(root.path) ?? root.standardizedFileURL.path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where a path really leads when that is outside the site folder (through a link
    /// of the file itself or of a folder on the way); nil inside, or when it leads nowhere.
    func outsideTarget(_ relative: String) -> String? {
        let path = self.path(relative)
        guard let real = Self.realPath(path), real != realRoot, !real.hasPrefix(realRoot + "/") else { return nil }
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? real
    }

    /// Inside the site without resolving the path: neither the file nor its folder, a folder
    /// of the site's own, is a symbolic link. `realpath` asks about every folder up from `/`,
    /// for every file a build reads.
    private func isPlainlyInside(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        func isLink(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) != 0 || info.st_mode & S_IFMT == S_IFLNK
        }
        return !isLink(path(relative)) && (parts.count == 1 || !isLink(path(String(parts[0]))))
    }

    /// Paths in diagnostics are shown relative to where the user ran the command when
    /// possible, so an editor can jump to them.
    func display(_ relative: String) -> String {
        DisplayPath.relative(path(relative))
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    /// Joined as text: `appendingPathComponent` without a directory hint asks the file system,
    /// three times for every file loaded, and with one it still costs 2.6% of a rebuild after one edit.
    private func path(_ relative: String) -> String {
        rootPrefix + relative
    }

    func list(_ folder: String, extensions: Set<String>, diagnostics: inout [Diagnostic]) -> [String] {
        let directory = root.appendingPathComponent(folder)
        if let target = outsideTarget(folder) {
            diagnostics.append(.error("the folder is a symbolic link to '\(target)', outside the site folder; not followed", at: SourceLocation(path: display(folder))))
            return []
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { name in
            guard !name.hasPrefix(".") else { return false }
            return extensions.contains(FileName.pathExtension(name).lowercased())
        }.sorted()
    }

    func read(_ relative: String, diagnostics: inout [Diagnostic]) -> String? {
        if !isPlainlyInside(relative), let target = outsideTarget(relative) {
            diagnostics.append(.error("symbolic link points outside the site folder (to '\(target)'); not followed", at: SourceLocation(path: display(relative))))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path(relative)) else {
            if exists(relative) {
                diagnostics.append(.error("cannot read the file", at: SourceLocation(path: display(relative))))
            }
            return nil
        }
        // The usual file, decoded once (`TextCheck` decodes it too, to find where a bad one goes wrong).
        // Foundation drops a leading byte-order mark, which libyaml would refuse.
        if let text = String(data: data, encoding: .utf8), !TextCheck.containsNUL(text) { return text }
        switch TextCheck.firstProblem(in: data) {
        case .invalidUTF8(let line, let column):
            diagnostics.append(.error("the file is not valid UTF-8 text from here on; save it as UTF-8", at: SourceLocation(path: display(relative), line: line, column: column)))
            return nil
        case .nul(let line, let column):
            diagnostics.append(.error("the file contains a NUL byte", at: SourceLocation(path: display(relative), line: line, column: column)))
            return nil
        case nil:
            return String(data: data, encoding: .utf8)
        }
    }
}

/// The first byte of a file that makes it unusable as text, with its line and column
/// (in characters), found in one pass.
enum TextCheck {
    enum Problem: Equatable {
        case invalidUTF8(line: Int, column: Int)
        case nul(line: Int, column: Int)
    }

    static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
    }

    static func firstProblem(in data: Data) -> Problem? {
        // Fast path for the usual file; the slow walk only finds where a bad one goes wrong.
        if let text = String(data: data, encoding: .utf8), !containsNUL(text) { return nil }
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return nil
            case .error:
                return .invalidUTF8(line: line, column: column)
            case .scalarValue(let scalar):
                if scalar == "\0" { return .nul(line: line, column: column) }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
    }
}
