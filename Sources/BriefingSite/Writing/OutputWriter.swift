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

        private init(descriptor: Int32) { self.descriptor = descriptor }

        /// Waits by polling, so a waiting build (in `serve`, or a test running builds side
        /// by side) never blocks one of the few threads the running build needs.
        static func acquire(for output: URL) async throws(Failure) -> Lock {
            let parent = output.deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            let path = parent.appendingPathComponent(".\(output.lastPathComponent).lock").path
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw .io("cannot create the build lock '\(path)': \(String(cString: strerror(errno)))") }
            let lock = Lock(descriptor: descriptor)
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else {
                    throw .io("cannot lock '\(path)': \(String(cString: strerror(errno)))")
                }
                do { try await Task.sleep(for: .milliseconds(50)) } catch {
                    throw .io("stopped while waiting for another build of '\(output.path)' to finish")
                }
            }
            OutputWriter.restoreAside(of: output)
            OutputWriter.removeLeftovers(of: output)
            return lock
        }

        deinit {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }

    /// A build killed between the two renames of `swap` left no output, only the previous
    /// one moved aside: put it back (under the lock, no build is mid-swap).
    static func restoreAside(of output: URL) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: output.path) else { return }
        let parent = output.deletingLastPathComponent()
        let aside = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? [])
            .filter { $0.hasPrefix(".\(output.lastPathComponent).old-") }
            .map { parent.appendingPathComponent($0) }
            .filter { manager.fileExists(atPath: $0.appendingPathComponent(marker).path) }
        if let newest = aside.max(by: { modified($0) < modified($1) }) {
            _ = rename(newest.path, output.path)
        }
    }

    private static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
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
    /// `kept` are unchanged files of the previous output, hard-linked at the same paths rather
    /// than written, so an unchanged page costs neither a write nor a delete.
    static func write(files: [String: Data], copies: [String: URL], kept: Set<String> = [], to output: URL,
                      beforeSwap: ((URL) throws -> Void)? = nil) throws(Failure) {
        let previous = try Staging.create(beside: output).finish(files: files, copies: copies, kept: kept, beforeSwap: beforeSwap)
        previous.map(removeTree)
    }

    /// Deletes a previous tree that `swap` put aside (it is no longer the output); what the
    /// fast deletion leaves (a folder it may not enter) goes the usual way.
    static func removeTree(_ folder: URL) {
        if !FileTree.remove(folder.path) { try? FileManager.default.removeItem(at: folder) }
    }

    /// The new tree, in a hidden folder beside the output. Pages are written into it as
    /// they are rendered, so no build holds every page in memory; it replaces the output
    /// only when the whole build succeeded, and is removed otherwise (or, after a kill,
    /// by the next build's `removeLeftovers`).
    struct Staging: Sendable {
        let folder: URL
        let output: URL
        /// Made from the spare tree (`SpareTree`): it holds every file of the output already,
        /// most of them the output's own files under a second name, so a file is never
        /// written into but unlinked and made again, and kept files need no link.
        var reused = false
        /// Reused, with only the output's files by name (no file the output lacks).
        var holdsOutputNamesOnly = false
        /// Reused: the output's folder times when the spare was made (`SpareTree.unchanged`).
        var outputFolders: [String: timespec]?

        static func create(beside output: URL) throws(Failure) -> Staging {
            let folder = newFolder(beside: output)
            do {
                try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            } catch {
                throw .io("cannot create '\(folder.path)' for the new site: \(reason(error))")
            }
            return Staging(folder: folder, output: output)
        }

        /// The spare tree made equal to the output, for a build to change what it changes;
        /// nil when there is no spare as recorded, or it could not be made equal (it is
        /// deleted then).
        static func reusingSpare(of output: URL) -> Staging? {
            guard let spare = SpareTree.take(for: output, to: newFolder(beside: output)) else { return nil }
            let staging = Staging(folder: spare.folder, output: output, reused: true, holdsOutputNamesOnly: spare.sameNames,
                                  outputFolders: spare.outputFolders)
            for relative in spare.differing {
                let target = BuildCache.path(relative, in: staging.folder.path), source = BuildCache.path(relative, in: output.path)
                guard unlink(target) == 0 || errno == ENOENT else { return staging.abandoned() }
                var info = stat()
                guard lstat(source, &info) == 0 else { continue }  // gone from the output, so from the spare
                if hardLink(source, target) != 0 {
                    let parent = staging.folder.appendingPathComponent(relative).deletingLastPathComponent()
                    guard (try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)) != nil,
                          hardLink(source, target) == 0 else { return staging.abandoned() }
                }
            }
            return staging
        }

        private func abandoned() -> Staging? {
            discard()
            return nil
        }

        private static func newFolder(beside output: URL) -> URL {
            let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).building-\(token)")
        }

        /// Creates the folders of these output paths up front, so that pages can then be
        /// written from several threads at once.
        func makeFolders(for paths: some Sequence<String>) throws(Failure) {
            var made: Set<String> = [""]
            for relative in paths {
                // Not NSString's deletingLastPathComponent: bridging every path of the site was slow.
                let parent = relative.lastIndex(of: "/").map { String(relative[..<$0]) } ?? ""
                guard made.insert(parent).inserted else { continue }
                do { try FileManager.default.createDirectory(at: folder.appendingPathComponent(parent), withIntermediateDirectories: true) } catch {
                    throw failure(writing: parent, error)
                }
            }
        }

        /// Writes one file whose folder exists; safe from any thread.
        func write(_ data: Data, to relative: String) throws(Failure) {
            do { try PlainFileWrite.write(data, toPath: path(replacing: relative)) } catch { throw failure(writing: relative, error) }
        }

        /// Where `relative` goes, for a file written there whole; in a reused tree, with the
        /// name it had unlinked, since the file behind it may be the output's too.
        func path(replacing relative: String) -> String {
            let path = BuildCache.path(relative, in: folder.path)
            if reused { unlink(path) }
            return path
        }

        /// Deletes what a reused tree holds that the new site does not (`all`: every file of it;
        /// `sameNamesAsOutput`: the same files by name as the output has).
        func prune(keeping all: Set<String>, sameNamesAsOutput: Bool) throws(Failure) {
            guard reused, !(holdsOutputNamesOnly && sameNamesAsOutput) else { return }
            if !FileTree.prune(folder.path, keeping: all) {
                discard()
                throw .io("cannot delete the files the new site no longer has from '\(folder.path)'")
            }
        }

        func discard() { try? FileManager.default.removeItem(at: folder) }

        /// Adds the rest of the site, marks it as ours and swaps it in; discards it on failure.
        /// Returns where the previous output now lies, for the caller to remove (`removeTree`).
        func finish(files: [String: Data] = [:], copies: [String: URL] = [:], kept: Set<String> = [],
                    beforeSwap: ((URL) throws -> Void)? = nil) throws(Failure) -> URL? {
            try add(files: files, copies: copies)
            try link(kept)
            return try swapIn(beforeSwap: beforeSwap)
        }

        /// Writes `files` and copies `copies` into the new tree; discards it on failure.
        func add(files: [String: Data], copies: [String: URL]) throws(Failure) {
            try discardingOnFailure { current in
                try makeFolders(for: Array(files.keys) + Array(copies.keys))
                for relative in files.keys.sorted() {
                    current = relative
                    try PlainFileWrite.write(files[relative]!, toPath: path(replacing: relative))
                }
                for relative in copies.keys.sorted() {
                    current = relative
                    try FileManager.default.copyItem(atPath: copies[relative]!.path, toPath: path(replacing: relative))
                }
            }
        }

        /// Hard-links `kept` files of the previous output into the new tree at the same paths
        /// (copies them where a link cannot be made); discards the tree on failure.
        func link(_ kept: Set<String>) throws(Failure) {
            guard !reused else { return }  // the output's files are in the tree already
            try discardingOnFailure { current in
                try makeFolders(for: kept)
                // Paths joined as text: a URL per kept file was a third of linking them.
                let root = folder.path, previousRoot = output.path
                for relative in kept.sorted() {
                    current = relative
                    let source = BuildCache.path(relative, in: previousRoot), target = BuildCache.path(relative, in: root)
                    if hardLink(source, target) != 0 {
                        try FileManager.default.copyItem(atPath: source, toPath: target)
                    }
                }
            }
        }

        /// Marks the tree as ours, lets `beforeSwap` add to it, and swaps it in (`swap`);
        /// discards it on failure.
        func swapIn(beforeSwap: ((URL) throws -> Void)? = nil) throws(Failure) -> URL? {
            try discardingOnFailure { current in
                current = marker
                try Data().write(to: URL(fileURLWithPath: path(replacing: marker)))
                try beforeSwap?(folder)
            }
            return try swap(folder, into: output)
        }

        /// Runs `work`, which names the file it is at in `current`; on any error the tree is
        /// discarded and the error said as a `Failure` naming that file.
        private func discardingOnFailure(_ work: (inout String) throws -> Void) throws(Failure) {
            var current = ""
            do {
                try work(&current)
            } catch let error as Failure {
                discard()
                throw error
            } catch let error as SearchIndex.Failure {
                discard()
                throw .io(error.description)
            } catch {
                discard()
                throw failure(writing: current, error)
            }
        }

        private func failure(writing relative: String, _ error: Error) -> Failure {
            .io("cannot write '\(folder.appendingPathComponent(relative).path)' of the new site: \(reason(error))")
        }
    }

    /// The system's words for an I/O error ("No space left on device"), which Foundation's
    /// description hides behind a generic sentence.
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = [underlying, error as NSError].compactMap({ $0 }).first(where: { $0.domain == NSPOSIXErrorDomain }) {
            return String(cString: strerror(Int32(posix.code)))
        }
        // Foundation on Linux reports some write errors only as Cocoa codes.
        let code: Int32? = switch (error as? CocoaError)?.code {
        case .fileWriteOutOfSpace?: ENOSPC
        case .fileWriteVolumeReadOnly?: EROFS
        case .fileWriteNoPermission?: EACCES
        default: nil
        }
        return code.map { String(cString: strerror($0)) } ?? error.localizedDescription
    }

    /// Puts the new tree in place of the old one. On Linux one `renameat2(RENAME_EXCHANGE)`
    /// swaps the two trees atomically, so the output path always holds a whole site; where
    /// the exchange is not available, two renames leave the path missing between them, and
    /// `restoreAside` puts the previous tree back if a build dies there. Returns where the
    /// previous tree now lies, if there was one: deleting it is the caller's, so that a build
    /// can do it beside its last work (a killed build leaves it to `removeLeftovers`).
    static func swap(_ staging: URL, into output: URL) throws(Failure) -> URL? {
        let manager = FileManager.default
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput, exchange(staging, output) {
            return staging  // the previous tree, now at the staging path
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        if hadOutput {
            guard rename(output.path, old.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(at: staging)
                throw .io("cannot move the previous output '\(output.path)' aside: \(reason)")
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old.path, output.path) }
            try? manager.removeItem(at: staging)
            throw .io("cannot move the new site into '\(output.path)': \(reason)")
        }
        return hadOutput ? old : nil
    }

    /// Swaps two paths atomically; false where the system or file system cannot.
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if os(Linux)
        // Swift's Glibc module does not declare renameat2 (glibc 2.28+), so look it up.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, renameExchange) == 0
        #else
        return false
        #endif
    }
}

/// The system's `link`, out of reach by name inside `Staging`, whose `link(_:)` shadows it.
private func hardLink(_ source: String, _ target: String) -> Int32 { link(source, target) }
