import Foundation

/// A depth-first walk in name order with `readdir` and `lstat`: the up-to-date check
/// visits every file of the site and of the output on each build, and Foundation's
/// enumerator (a URL and a dictionary per file) costs several times more.
enum FileTree {
    struct Entry {
        /// Below the walked folder, "/"-separated.
        var relative: String
        var path: String
        var info: stat

        var isDirectory: Bool { info.st_mode & S_IFMT == S_IFDIR }
        var isRegularFile: Bool { info.st_mode & S_IFMT == S_IFREG }
        var isSymbolicLink: Bool { info.st_mode & S_IFMT == S_IFLNK }
    }

    /// Visits every entry below `root`, not following symbolic links. `visit` returns
    /// whether to go into a folder; false for a folder that could not be read.
    @discardableResult
    static func walk(_ root: String, relative: String = "", visit: (Entry) -> Bool) -> Bool {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else { return false }
        var names: [String] = []
        while let entry = readdir(directory) {
            // The name read in place, up to its NUL: `entry.pointee` copies a whole `dirent`,
            // and the last entry of readdir's buffer can be shorter than that, so the copy read
            // past the buffer (a crash at the start of a 10,000-article build, once).
            guard let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { continue }
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        var complete = true
        for name in names.sorted() {
            let child = relative.isEmpty ? name : relative + "/" + name
            let path = root + "/" + child
            var info = stat()
            guard lstat(path, &info) == 0 else { complete = false; continue }
            let entry = Entry(relative: child, path: path, info: info)
            if visit(entry), entry.isDirectory {
                complete = walk(root, relative: child, visit: visit) && complete
            }
        }
        return complete
    }

    /// Hands a file's bytes to `use`, a buffer at a time; false when it cannot be read.
    static func readContents(of path: String, buffer: UnsafeMutableRawBufferPointer, _ use: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count == 0 { return true }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            use(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
