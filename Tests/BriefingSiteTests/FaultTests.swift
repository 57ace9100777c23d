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
