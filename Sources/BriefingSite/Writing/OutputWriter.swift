import BriefingModel
import Foundation

/// Writes a whole site beside the output folder and swaps it in at the end, so that a
/// failed or interrupted build leaves the previous output exactly as it was.
enum OutputWriter {
    /// Marks a folder as Briefing's output, so a later build may replace it.
    static let marker = ".briefing-output"

    enum Failure: Error, CustomStringConvertible {
        case refused(String)
        case io(String)

        var description: String {
            switch self {
            case .refused(let message), .io(let message): message
            }
        }
    }

    /// Refuses outputs whose replacement would destroy something that is not ours.
    static func checkOutput(_ output: URL, site: URL) throws(Failure) {
        let path = output.standardizedFileURL.resolvingSymlinksInPath().path
        let sitePath = site.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if path == "/" || path == home || path == sitePath || sitePath.hasPrefix(path + "/") {
            throw .refused("refusing to write the site to '\(output.path)': it would replace \(path == sitePath || sitePath.hasPrefix(path + "/") ? "the site folder itself" : "a folder that is not Briefing's output")")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .refused("refusing to write the site to '\(output.path)': it is a file") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !contents.isEmpty && !contents.contains(marker) {
            throw .refused("refusing to replace '\(output.path)': it is not empty and was not written by Briefing; choose another --output or empty it")
        }
    }

    /// Holds the output's lock for the length of a build: a second build of the same
    /// output waits for the first, so the two never mix their trees.
    final class Lock {
        private let descriptor: Int32

        init(for output: URL) throws(Failure) {
            let parent = output.deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            let path = parent.appendingPathComponent(".\(output.lastPathComponent).lock").path
            descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw .io("cannot create the build lock '\(path)': \(String(cString: strerror(errno)))") }
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw .io("cannot lock '\(path)': \(String(cString: strerror(errno)))")
            }
            OutputWriter.removeLeftovers(of: output)
        }

        deinit {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }

    /// Folders an interrupted build left beside the output (under the lock, no build is
    /// using them).
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).building-", ".\(output.lastPathComponent).old-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where prefixes.contains(where: name.hasPrefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// `files` maps output-relative paths to bytes; `copies` maps them to files to copy;
    /// `links` to unchanged files of the previous output, hard-linked rather than written,
    /// so an unchanged page costs neither a write nor a delete.
    static func write(files: [String: Data], copies: [String: URL], links: [String: URL] = [:], to output: URL,
                      beforeSwap: ((URL) throws -> Void)? = nil) throws(Failure) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(name).building-\(token)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io("cannot create '\(staging.path)': \(error.localizedDescription)")
        }
        do {
            var made: Set<String> = [""]
            func ensureFolder(of relative: String) throws {
                let folder = (relative as NSString).deletingLastPathComponent
                guard !made.contains(folder) else { return }
                try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                made.insert(folder)
            }
            for relative in files.keys.sorted() {
                try ensureFolder(of: relative)
                try files[relative]!.write(to: staging.appendingPathComponent(relative))
            }
            for relative in copies.keys.sorted() {
                try ensureFolder(of: relative)
                try manager.copyItem(at: copies[relative]!, to: staging.appendingPathComponent(relative))
            }
            for relative in links.keys.sorted() {
                try ensureFolder(of: relative)
                let source = links[relative]!, target = staging.appendingPathComponent(relative)
                if link(source.path, target.path) != 0 {
                    try manager.copyItem(at: source, to: target)
                }
            }
            try Data().write(to: staging.appendingPathComponent(marker))
            try beforeSwap?(staging)
        } catch let error as SearchIndex.Failure {
            try? manager.removeItem(at: staging)
            throw .io(error.description)
        } catch {
            try? manager.removeItem(at: staging)
            throw .io("cannot write the new site in '\(staging.path)': \(error.localizedDescription)")
        }
        try swap(staging, into: output)
    }

    /// Puts the new tree in place of the old one. With two renames the output path is
    /// missing only between them; the old tree is deleted after the new one is in place.
    static func swap(_ staging: URL, into output: URL) throws(Failure) {
        let manager = FileManager.default
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput {
            guard rename(output.path, old.path) == 0 else {
                try? manager.removeItem(at: staging)
                throw .io("cannot move the previous output aside: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old.path, output.path) }
            try? manager.removeItem(at: staging)
            throw .io("cannot move the new site into place: \(reason)")
        }
        if hadOutput { try? manager.removeItem(at: old) }
    }
}
