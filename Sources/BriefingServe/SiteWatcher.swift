import Foundation

/// Notices edits to a site by polling file sizes and times: simple, portable, and cheap
/// for a few thousand files. Changes are debounced, so saving ten files rebuilds once.
struct SiteWatcher: Sendable {
    let folders: [URL]
    /// Paths under these are the build's own output and never trigger a rebuild.
    let ignored: [String]
    var interval: Duration = .milliseconds(250)
    var quietPeriod: Duration = .milliseconds(200)

    typealias Snapshot = [String: Stamp]

    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int
    }

    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let relative as String in walker {
                let path = folder.path + "/" + relative
                // Hidden entries (the build's own staging folders among them) and the output.
                if relative.split(separator: "/").last?.hasPrefix(".") == true
                    || ignored.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                    walker.skipDescendants()
                    continue
                }
                var info = stat()
                guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
                result[path] = Stamp(size: Int64(info.st_size), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
            }
        }
        return result
    }

    /// Calls `changed` after each settled change, until the task is cancelled.
    func watch(_ changed: @Sendable () async -> Void) async {
        var last = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var current = snapshot()
            guard current != last else { continue }
            // Wait for the editor (or git checkout) to finish writing.
            while !Task.isCancelled {
                try? await Task.sleep(for: quietPeriod)
                let again = snapshot()
                if again == current { break }
                current = again
            }
            last = current
            if !Task.isCancelled { await changed() }
        }
    }
}
