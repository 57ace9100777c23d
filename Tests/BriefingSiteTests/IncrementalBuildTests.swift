import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

/// A rebuild renders only the pages whose inputs changed, links the rest from the last
/// output, and gives exactly the bytes of a full build.
@Suite struct IncrementalBuildTests {
    @Test func rebuildAfterOneEditRendersOnlyDependentPages() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)

        let first = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        #expect(first.rendered == first.pagesByKind.values.reduce(0, +))
        let unchanged = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        #expect(unchanged.rendered == 0)

        let article = site.appendingPathComponent("articles/talks-stall.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "Lopez walked out.", with: "Lopez walked out, angry.").write(to: article, atomically: true, encoding: .utf8)
        let edited = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        let total = edited.pagesByKind.values.reduce(0, +)
        #expect(edited.rendered > 0 && edited.rendered < total / 2, "rendered \(edited.rendered) of \(total)")

        try await FrontMatterCacheTests.expectSameAsFullBuild(site, output, root: root, step: "edit")
    }

    @Test func aCorruptOrForeignCacheIsIgnored() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        _ = try await SiteBuilder.build(.init(site: site, output: output, search: false))

        try Data("{ not json".utf8).write(to: BuildCache.location(site: site))
        try Data("{ not json".utf8).write(to: UpToDate.location(site: site))
        let afterCorruption = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        #expect(afterCorruption.rendered == afterCorruption.pagesByKind.values.reduce(0, +))

        // An output file changed behind the cache's back is rendered again.
        let page = output.appendingPathComponent("actors/maria-lopez.html")
        try Data("tampered".utf8).write(to: page)
        let afterTampering = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        #expect(afterTampering.rendered == 1)
        #expect(try String(contentsOf: page, encoding: .utf8).hasPrefix("<!doctype html>"))
    }
}
