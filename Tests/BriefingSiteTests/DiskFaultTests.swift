import Foundation
import Testing

/// `briefing build` as a real process against an output disk that is read-only, full, or
/// not writable by the user: a clear error naming the path and the cause, a non-zero exit,
/// and the previous output exactly as it was. The disks are small tmpfs mounts, which
/// need root with permission to mount (CI's fresh Debian as root; not a plain container).
@Suite(.serialized) struct DiskFaultTests {
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: probe) }
        guard tool(["/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]) == 0 else { return false }
        return tool(["/bin/umount", probe.path]) == 0
    }()

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func readOnlyOutputDisk() async throws {
        let (failed, disk) = try await buildOnFaultyDisk(size: "8m", fault: { disk in
            try #require(Self.tool(["/bin/mount", "-o", "remount,ro", disk.path]) == 0)
        }, repair: { disk, _ in
            try #require(Self.tool(["/bin/mount", "-o", "remount,rw", disk.path]) == 0)
        })
        #expect(failed.errors.contains(disk.path) && failed.errors.contains("Read-only file system"), "\(failed.errors)")
    }

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func fullOutputDisk() async throws {
        let (failed, disk) = try await buildOnFaultyDisk(size: "4m", fault: { disk in
            fill(disk.appendingPathComponent("filler"))
        }, repair: { disk, workspace in
            #expect(workspace.leftovers == ["filler"], "the failed build's staging folder is removed")
            try FileManager.default.removeItem(at: disk.appendingPathComponent("filler"))
        })
        #expect(failed.errors.contains(disk.path) && failed.errors.contains("No space left on device"), "\(failed.errors)")
    }

    /// Builds the site on a small tmpfs, breaks the disk, builds the changed site (which
    /// must fail and keep the previous output), repairs the disk and builds again (which
    /// must succeed and leave nothing behind). Returns the failed build for its message.
    private func buildOnFaultyDisk(size: String, fault: (URL) throws -> Void, repair: (URL, ChangingSite) throws -> Void)
        async throws -> (failed: (status: Int32, errors: String), disk: URL) {
        let workspace = try ChangingSite()
        defer { workspace.remove() }
        let disk = try mountDisk(at: workspace.output.deletingLastPathComponent(), size: size)
        defer { unmount(disk) }
        let previous = try await buildFirstVersion(workspace)
        try fault(disk)
        try workspace.write(.second)
        let failed = try await build(workspace)
        #expect(failed.status != 0)
        #expect(snapshot(workspace.output) == previous)
        try repair(disk, workspace)
        #expect(try await build(workspace).status == 0)
        #expect(snapshot(workspace.output) != previous)
        #expect(workspace.leftovers.isEmpty)
        return (failed, disk)
    }

    /// Without mounts: the output folder belongs to root and the build runs as `nobody`.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv"))
    func outputFolderNotWritableByTheUser() async throws {
        let workspace = try ChangingSite()
        defer { workspace.remove() }
        let previous = try await buildFirstVersion(workspace)
        try workspace.write(.second)
        let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let failed = try await BriefingProcess.run(["build", "--site", workspace.site.path, "--output", workspace.output.path, "--quiet"],
                                                   prefix: asNobody)
        #expect(failed.status != 0)
        #expect(failed.errors.contains(workspace.output.deletingLastPathComponent().path) && failed.errors.contains("Permission denied"),
                "\(failed.errors)")
        #expect(snapshot(workspace.output) == previous)
    }

    // MARK: helpers

    private func buildFirstVersion(_ workspace: ChangingSite) async throws -> [String: Data] {
        try workspace.write(.first)
        let first = try await build(workspace)
        try #require(first.status == 0, "\(first.errors)")
        return snapshot(workspace.output)
    }

    private func build(_ workspace: ChangingSite) async throws -> (status: Int32, errors: String) {
        try await BriefingProcess.run(["build", "--site", workspace.site.path, "--output", workspace.output.path, "--quiet"])
    }

    private func mountDisk(at folder: URL, size: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #require(Self.tool(["/bin/mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]) == 0)
        return folder
    }

    private func unmount(_ folder: URL) { _ = Self.tool(["/bin/umount", folder.path]) }

    /// Writes zeros until the disk refuses.
    private func fill(_ file: URL) {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0, count: 4096)
        while write(descriptor, chunk, chunk.count) > 0 {}
    }

    static func tool(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
