import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

@Suite struct FaultTests {
    /// Two builds of one output at once: the second waits for the first; the result is
    /// one whole site, never a mix.
    @Test func concurrentBuildsOfOneOutputDoNotMix() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        async let first = SiteBuilder.build(.init(site: Fixtures.site("two-articles"), output: output, useCache: false, search: false))
        async let second = SiteBuilder.build(.init(site: Fixtures.site("two-articles"), output: output, useCache: false, search: false))
        _ = try await (first, second)
        let reference = try await Fixtures.build(Fixtures.site("two-articles"))
        defer { try? FileManager.default.removeItem(at: reference.deletingLastPathComponent()) }
        #expect(snapshot(output) == snapshot(reference))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".building-") || $0.contains(".old-") }
        #expect(leftovers.isEmpty)
    }

    /// A build killed mid-write leaves its staging folder; the next build removes it.
    @Test func leftoversOfAKilledBuildAreRemoved() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let staging = root.appendingPathComponent(".public.building-999-1")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("index.html"))
        _ = try await SiteBuilder.build(.init(site: Fixtures.site("two-articles"), output: output, search: false))
        #expect(!FileManager.default.fileExists(atPath: staging.path))
    }

    /// Where the swap is two renames, a build killed between them leaves the previous
    /// output moved aside and nothing in its place: the next build (or `serve`, which
    /// builds first) takes the lock and puts it back before anything else.
    @Test func outputMovedAsideByAKilledSwapIsRestored() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try await Fixtures.build(Fixtures.site("two-articles"), into: root.appendingPathComponent("public"))
        let previous = snapshot(output)
        let aside = root.appendingPathComponent(".public.old-4242")
        try FileManager.default.moveItem(at: output, to: aside)
        do { _ = try await OutputWriter.Lock.acquire(for: output) }
        #expect(snapshot(output) == previous)
        #expect(!FileManager.default.fileExists(atPath: aside.path))
    }

    /// The swap exchanges the trees in one step where it can: the old tree is gone after it,
    /// and nothing is left beside the output.
    @Test func swapReplacesTheWholeTree() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try OutputWriter.write(files: ["old.html": Data("old".utf8)], copies: [:], to: output)
        try OutputWriter.write(files: ["new.html": Data("new".utf8)], copies: [:], to: output)
        #expect(snapshot(output) == ["new.html": Data("new".utf8), OutputWriter.marker: Data()])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
        #if os(Linux)
        // The one-step exchange is what runs here, not the two-rename fallback.
        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
        #expect(OutputWriter.exchange(output, other))
        #expect(snapshot(other) == ["new.html": Data("new".utf8), OutputWriter.marker: Data()])
        #expect(snapshot(output).isEmpty)
        #endif
    }

    /// A write that fails halfway (injected: the step before the swap throws, as a full
    /// disk would): an error, the old output as it was, no staging folder left.
    @Test func failedWriteKeepsTheOldOutput() throws {
        struct DiskFull: Error {}
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try OutputWriter.write(files: ["index.html": Data("old".utf8)], copies: [:], to: output)
        let previous = snapshot(output)
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter.write(files: ["index.html": Data("new".utf8)], copies: [:], to: output,
                                   beforeSwap: { _ in throw DiskFull() })
        }
        #expect(snapshot(output) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test(arguments: ["/", "HOME", "SITE", "NOT-OURS"])
    func refusesOutputsThatAreNotBriefings(_ kind: String) async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        let output: URL = switch kind {
        case "/": URL(fileURLWithPath: "/")
        case "HOME": FileManager.default.homeDirectoryForCurrentUser
        case "SITE": site
        default: root.appendingPathComponent("mine")
        }
        if kind == "NOT-OURS" {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try Data("keep".utf8).write(to: output.appendingPathComponent("notes.txt"))
        }
        await #expect(throws: SiteBuilder.Failure.self) { _ = try await SiteBuilder.build(.init(site: site, output: output)) }
        if kind == "NOT-OURS" {
            #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep")
        }
    }
}
