import BriefingModel
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

    /// Deletes `root` and everything below it, never following a symbolic link (one is deleted
    /// as itself). A build deletes its previous tree, 27,000 files at 10,000 articles: entries are
    /// deleted relative to their open folder by the type `readdir` gives, without a `stat` each
    /// as `FileManager.removeItem` makes, and the top level's folders are emptied on every core
    /// (a folder's deletions queue on its lock, so one core per folder). False when something
    /// could not be deleted.
    @discardableResult
    static func remove(_ root: String) -> Bool {
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return unlink(root) == 0 }
        let entries = children(of: folder)
        var removed = true
        for entry in entries where !entry.isDirectory {
            removed = unlinkat(folder, entry.name, 0) == 0 && removed
        }
        let folders = entries.filter(\.isDirectory).map(\.name)
        removed = concurrentMap(folders) { removeFolder($0, in: folder) }.allSatisfy { $0 } && removed
        close(folder)
        return rmdir(root) == 0 && removed
    }

    private static func removeFolder(_ name: String, in parent: Int32) -> Bool {
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        var removed = true
        for entry in children(of: folder) {
            removed = (entry.isDirectory ? removeFolder(entry.name, in: folder) : unlinkat(folder, entry.name, 0) == 0) && removed
        }
        close(folder)
        return unlinkat(parent, name, AT_REMOVEDIR) == 0 && removed
    }

    /// The names in an open folder, and which are folders (not links to them).
    private static func children(of folder: Int32) -> [(name: String, isDirectory: Bool)] {
        let descriptor = dup(folder)
        guard descriptor >= 0 else { return [] }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return []
        }
        defer { closedir(stream) }
        var children: [(name: String, isDirectory: Bool)] = []
        // Fields read in place, as in `walk`: a copy of the whole `dirent` can read past readdir's buffer.
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name),
              let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) else { return [] }
        while let entry = readdir(stream) {
            let raw = UnsafeRawPointer(entry)
            let name = String(cString: raw.advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            guard name != "." && name != ".." else { continue }
            var isDirectory = Int32(raw.load(fromByteOffset: typeOffset, as: UInt8.self)) == Int32(DT_DIR)
            if Int32(raw.load(fromByteOffset: typeOffset, as: UInt8.self)) == Int32(DT_UNKNOWN) {
                var info = stat()
                isDirectory = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            children.append((name, isDirectory))
        }
        return children
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
