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
            if let name = name(of: entry) { names.append(name) }
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
        let files = entries.filter { !$0.isDirectory }.map { remove($0, in: folder) }
        let folders = concurrentMap(entries.filter(\.isDirectory)) { remove($0, in: folder) }
        close(folder)
        return rmdir(root) == 0 && (files + folders).allSatisfy { $0 }
    }

    /// The names of the folders in `path` (not links to folders).
    static func folderNames(in path: String) -> [String] {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return [] }
        defer { close(folder) }
        return children(of: folder).filter(\.isDirectory).map(\.name)
    }

    /// Deletes every entry below `root` whose path ("/"-separated, relative to `root`) is not
    /// in `keeping` and leads to nothing in it, by the type `readdir` gives, without a `stat`
    /// each. False when something could not be deleted.
    @discardableResult
    static func prune(_ root: String, keeping: Set<String>) -> Bool {
        var folders: Set<String> = []
        for path in keeping {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/") {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        func prune(_ folder: Int32, _ relative: String) -> Bool {
            var complete = true
            for entry in children(of: folder) {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.isDirectory, folders.contains(path) {
                    let child = openat(folder, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    guard child >= 0 else { complete = false; continue }
                    complete = prune(child, path) && complete
                    close(child)
                } else if entry.isDirectory || !keeping.contains(path) {
                    complete = remove(entry, in: folder) && complete
                }
            }
            return complete
        }
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        defer { close(folder) }
        return prune(folder, "")
    }

    /// Deletes one entry of an open folder, a folder with everything below it.
    private static func remove(_ entry: Child, in parent: Int32) -> Bool {
        guard entry.isDirectory else { return unlinkat(parent, entry.name, 0) == 0 }
        let folder = openat(parent, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let removed = children(of: folder).map { remove($0, in: folder) }.allSatisfy { $0 }
        close(folder)
        return unlinkat(parent, entry.name, AT_REMOVEDIR) == 0 && removed
    }

    private struct Child: Sendable {
        var name: String
        /// A folder, not a link to one.
        var isDirectory: Bool
    }

    /// The entries of an open folder.
    private static func children(of folder: Int32) -> [Child] {
        let descriptor = dup(folder)
        guard descriptor >= 0 else { return [] }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return []
        }
        defer { closedir(stream) }
        guard let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) else { return [] }
        var children: [Child] = []
        while let entry = readdir(stream) {
            guard let name = name(of: entry) else { continue }
            let type = Int32(UnsafeRawPointer(entry).load(fromByteOffset: typeOffset, as: UInt8.self))
            var isDirectory = type == Int32(DT_DIR)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                isDirectory = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            children.append(Child(name: name, isDirectory: isDirectory))
        }
        return children
    }

    /// An entry's name, read in place up to its NUL; nil for "." and "..". `entry.pointee`
    /// copies a whole `dirent`, and the last entry of readdir's buffer can be shorter than
    /// that, so the copy read past the buffer (a crash at the start of a 10,000-article build, once).
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String? {
        guard let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return nil }
        let name = String(cString: UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self))
        return name == "." || name == ".." ? nil : name
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
