import BriefingModel
import BriefingSite
import Foundation
import Testing

// File names that a checked-in fixture cannot hold on every file system (case-only and
// NFC/NFD twins, Windows device names) and symbolic links, made in a temporary copy of
// the minimal valid site. Ids inside files are in Tests/Fixtures/invalid/paths.

@Suite struct HostilePathTests {
    /// A copy of the minimal valid site in a fresh temporary folder (the site, and the
    /// folder around it for things "outside the site").
    static func makeSite() throws -> (site: URL, outside: URL) {
        let manager = FileManager.default
        let outside = manager.temporaryDirectory.appendingPathComponent("briefing-paths-\(UUID().uuidString)")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        let site = outside.appendingPathComponent("site")
        try manager.copyItem(at: InvalidFixtures.validMinimal, to: site)
        return (site, outside)
    }

    static func article(_ title: String) -> Data {
        Data("---\ntitle: \(title)\npublished: 2023-10-18\n---\nText.\n".utf8)
    }

    static func diagnostics(_ site: URL) -> [String] {
        InvalidFixtures.descriptions(SiteLoader.load(site: site).diagnostics, site: site)
    }

    @Test func caseAndNormalizationTwinsNameEachOther() throws {
        let (site, outside) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: outside) }
        let articles = site.appendingPathComponent("articles")
        try Self.article("Lower").write(to: articles.appendingPathComponent("lavrov.md"))
        try Self.article("Upper").write(to: articles.appendingPathComponent("Lavrov.md"))
        // café.md twice: precomposed é (NFC) and e + combining acute (NFD), two files on Linux.
        try Self.article("NFC").write(to: articles.appendingPathComponent("caf\u{E9}.md"))
        try Self.article("NFD").write(to: articles.appendingPathComponent("cafe\u{301}.md"))
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path)
        try #require(names.count == 5, "this file system merges the twins: \(names)")

        let found = Self.diagnostics(site)
        #expect(found.contains("<site>/articles/Lavrov.md:1:1: error: the article file name 'Lavrov.md' is not a slug, and renamed it would be the same article as <site>/articles/lavrov.md:1:1; remove one or rename it to another slug"))
        // Swift compares the café twins canonically: one id, two files, each error names
        // the other file; one of them is also told to become cafe.md.
        #expect(found.filter { $0.contains("is also defined by <site>/articles/caf") && $0.contains("both files would make the page articles/caf") }.count == 1, "\(found)")
        #expect(found.filter { $0.contains("rename it to 'cafe.md'") }.count == 1, "\(found)")
        #expect(found.count == 3, "\(found)")
    }

    @Test(arguments: ["con", "aux", "nul", "prn", "com1", "lpt9"])
    func windowsDeviceNamesAreNotArticleIds(_ name: String) throws {
        let (site, outside) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: outside) }
        try Self.article("Device").write(to: site.appendingPathComponent("articles/\(name).md"))
        #expect(Self.diagnostics(site) == [
            "<site>/articles/\(name).md:1:1: error: the article file name '\(name).md' is a device name that Windows reserves (CON, PRN, AUX, NUL, COM0-9, LPT0-9), so no file can be named after it there; rename it to '\(name)-1.md'",
        ])
    }

    @Test func longFileNamesAreRefused() throws {
        let (site, outside) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: outside) }
        let id = String(repeating: "a", count: 250)  // as long as a file name can be
        try Self.article("Long").write(to: site.appendingPathComponent("articles/\(id).md"))
        #expect(Self.diagnostics(site) == [
            "<site>/articles/\(id).md:1:1: error: the article file name '\(id).md' is 250 bytes long; rename it to '\(String(repeating: "a", count: 80)).md'",
        ])
    }

    @Test func symbolicLinksOutOfTheSiteAreReportedNotFollowed() async throws {
        let manager = FileManager.default
        let (site, outside) = try Self.makeSite()
        defer { try? manager.removeItem(at: outside) }
        // A folder outside the site, linked in as places/, and a chain:
        // articles/chain.md → inside.md (in the site) → outside.
        let elsewhere = outside.appendingPathComponent("elsewhere")
        try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Self.article("Secret").write(to: elsewhere.appendingPathComponent("secret.md"))
        try Data("name: Secret\nkind: city\n".utf8).write(to: elsewhere.appendingPathComponent("secret.yml"))
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("places").path, withDestinationPath: elsewhere.path)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("inside.md").path, withDestinationPath: elsewhere.appendingPathComponent("secret.md").path)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("articles/chain.md").path, withDestinationPath: "../inside.md")
        // A link that stays inside the site is fine.
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("articles/alias.md").path, withDestinationPath: "../kept.md")
        try Self.article("Kept").write(to: site.appendingPathComponent("kept.md"))

        #expect(Self.diagnostics(site) == [
            "<site>/articles/chain.md:1:1: error: symbolic link points outside the site folder (to '../inside.md'); not followed",
            "<site>/places:1:1: error: the folder is a symbolic link to '\(elsewhere.path)', outside the site folder; not followed",
        ])

        // The whole articles folder linked out: nothing in it is read.
        try manager.removeItem(at: site.appendingPathComponent("places"))
        let articles = site.appendingPathComponent("articles")
        try manager.moveItem(at: articles, to: outside.appendingPathComponent("articles"))
        try manager.createSymbolicLink(atPath: articles.path, withDestinationPath: outside.appendingPathComponent("articles").path)
        // (actors/ now names an actor that only the unread article defined)
        #expect(Self.diagnostics(site).filter { $0.hasPrefix("<site>/articles") } == [
            "<site>/articles:1:1: error: the folder is a symbolic link to '\(outside.appendingPathComponent("articles").path)', outside the site folder; not followed",
            "<site>/articles:1:1: error: the site has no articles; add articles/<id>.md",
        ])
    }

    /// Every page of the example sites has its own path, relative and inside the output.
    @Test(arguments: ["valid-minimal", "sites/two-articles", "sites/hostile"])
    func plannedPathsAreUniqueAndStayInside(_ name: String) async throws {
        let site = InvalidFixtures.fixtures.appendingPathComponent(name)
        let briefing = try #require(await SiteLoader.load(site: site).briefing)
        let pages = SitePlanner.plan(briefing, search: true)
        let paths = pages.map(\.path) + pages.map(\.markdownPath)
        #expect(Set(paths).count == paths.count)
        for path in paths {
            #expect(!path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.contains("\0"), "\(path)")
        }

        let manager = FileManager.default
        let output = manager.temporaryDirectory.appendingPathComponent("briefing-paths-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: output) }
        _ = try await SiteBuilder.build(.init(site: site, output: output))
        let root = output.resolvingSymlinksInPath().path + "/"
        let walker = try #require(manager.enumerator(at: output, includingPropertiesForKeys: nil))
        var files = 0
        for case let url as URL in walker {
            files += 1
            #expect(url.resolvingSymlinksInPath().path.hasPrefix(root), "\(url.path) is outside the output")
        }
        #expect(files >= pages.count)
    }
}
