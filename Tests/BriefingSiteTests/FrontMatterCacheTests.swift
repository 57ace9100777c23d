import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

/// A rebuild that takes unchanged articles' front matter from the cache gives exactly the
/// bytes, and the diagnostics, of a build that parses every file.
@Suite struct FrontMatterCacheTests {
    /// Builds with the cache into `output`, and without any cache into a fresh folder; the two must match.
    /// Returns the cached build's report.
    @discardableResult
    static func expectSameAsFullBuild(_ site: URL, _ output: URL, root: URL, step: String) async throws -> SiteBuilder.Report {
        let incremental = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        let full = root.appendingPathComponent("full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: full) }
        let reference = try await SiteBuilder.build(.init(site: site, output: full, useCache: false, search: false))
        #expect(incremental.pagesByKind == reference.pagesByKind, "\(step)")
        let a = snapshot(output), b = snapshot(full)
        #expect(a.keys.sorted() == b.keys.sorted(), "\(step)")
        for path in a.keys.sorted() where a[path] != b[path] {
            Issue.record("\(step): \(path) differs between the incremental and the full build")
        }
        return incremental
    }

    @Test func editAddRenameAndDeleteMatchAFullBuild() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        let articles = site.appendingPathComponent("articles")
        _ = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        let cacheFolder = site.appendingPathComponent(BuildCache.folderName)
        #expect(FrontMatterCache.load(from: cacheFolder)?.count == 3)  // two articles and actors/port-authority.yml

        // Edit the front matter (a title, a new actor) and the body of one article.
        let stall = articles.appendingPathComponent("talks-stall.md")
        let original = try String(contentsOf: stall, encoding: .utf8)
        let edited = original
            .replacingOccurrences(of: "title: Harbour talks stall", with: "title: Harbour talks stall again")
            .replacingOccurrences(of: "  - port-authority\n", with: "  - port-authority\n  - { id: jon-berg, name: Jon Berg, kind: person }\n")
            .replacingOccurrences(of: "Lopez walked out.", with: "Lopez walked out. Jon Berg stayed.")
        #expect(edited != original)
        try edited.write(to: stall, atomically: true, encoding: .utf8)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "edit")

        // Add an article: a copy under a new name, moved a line down (its locations change).
        let added = articles.appendingPathComponent("talks-stall-copy.md")
        try edited.replacingOccurrences(of: "---\ntitle:", with: "---\n\ntitle:").write(to: added, atomically: true, encoding: .utf8)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "add")
        #expect(FrontMatterCache.load(from: cacheFolder)?.count == 4)

        // Rename it: the same bytes under another path give other locations and ids.
        let renamed = articles.appendingPathComponent("talks-stall-renamed.md")
        try FileManager.default.moveItem(at: added, to: renamed)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "rename")

        // Delete it, and undo the edit: back to the first site.
        try FileManager.default.removeItem(at: renamed)
        try original.write(to: stall, atomically: true, encoding: .utf8)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "delete")
        #expect(FrontMatterCache.load(from: cacheFolder)?.count == 3)
    }

    @Test func errorsComeBackFromTheCacheUnchanged() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        let stall = site.appendingPathComponent("articles/talks-stall.md")
        let text = try String(contentsOf: stall, encoding: .utf8)
        try text.replacingOccurrences(of: "stance: denies", with: "stance: denys\n        colour: red").write(to: stall, atomically: true, encoding: .utf8)

        func failure(useCache: Bool) async -> [Diagnostic] {
            do {
                _ = try await SiteBuilder.build(.init(site: site, output: output, useCache: useCache, search: false))
                return []
            } catch {
                return error.diagnostics
            }
        }
        let parsed = await failure(useCache: false)
        #expect(parsed.count >= 2)
        let first = await failure(useCache: true)
        #expect(FrontMatterCache.load(from: site.appendingPathComponent(BuildCache.folderName))?.count == 3)
        let cached = await failure(useCache: true)
        #expect(first == parsed)
        #expect(cached == parsed)
    }

    @Test func aDamagedCacheIsParsedAround() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        _ = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        let folder = site.appendingPathComponent(BuildCache.folderName)
        let shards = (0..<FrontMatterCache.shardCount).map { FrontMatterCache.location(in: folder, shard: $0) }
        let file = try #require(shards.first { ((try? Data(contentsOf: $0))?.count ?? 0) > 100 })
        var bytes = try Data(contentsOf: file)
        // Damage the stored parse of the file's last entry (its final bytes), keeping the file's shape.
        for index in bytes.count - 4..<bytes.count { bytes[index] ^= 0xFF }
        try bytes.write(to: file)
        unlink(UpToDate.location(site: site).path)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "damaged")
        for shard in shards { try Data("short".utf8).write(to: shard) }
        unlink(UpToDate.location(site: site).path)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "truncated")
    }
}

extension FrontMatterCacheTests {
    /// The cache is spread over files by path, and a save writes only the file that holds
    /// the edited article's entry: the others keep their inode and bytes.
    @Test func anEditRewritesOnlyItsShard() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        _ = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        let folder = site.appendingPathComponent(BuildCache.folderName)
        func identities() -> [String: UInt64] {
            var found: [String: UInt64] = [:]
            for shard in 0..<FrontMatterCache.shardCount {
                var info = stat()
                if stat(FrontMatterCache.location(in: folder, shard: shard).path, &info) == 0 { found["\(shard)"] = UInt64(info.st_ino) }
            }
            return found
        }
        let before = identities()
        let stall = site.appendingPathComponent("articles/talks-stall.md")
        let edited = FrontMatterCache.shard(of: DisplayPath.relative(stall.path))  // entries are keyed as diagnostics name files
        let text = try String(contentsOf: stall, encoding: .utf8)
        try (text + "\nOne more paragraph.\n").write(to: stall, atomically: true, encoding: .utf8)
        try await Self.expectSameAsFullBuild(site, output, root: root, step: "edited")
        let after = identities()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (shard, inode) in after {
            #expect((inode != before[shard]) == (shard == "\(edited)"), "shard \(shard)")
        }
        #expect(FrontMatterCache.load(from: folder)?.count == 3)
    }
}
