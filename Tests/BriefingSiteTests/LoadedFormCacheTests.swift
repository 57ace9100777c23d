import BriefingModel
import BriefingRender
@testable import BriefingSite
import Foundation
import Testing

/// A rebuild takes what loading derives from an unchanged file (an article body's outline,
/// a definition file's parse) from `FrontMatterCache`, parses only the files that changed,
/// and writes exactly the bytes of a build without any cache.
@Suite struct LoadedFormCacheTests {
    typealias Site = BodyEditRebuildTests.Site
    static let stall = BodyEditRebuildTests.stall

    @Test func onlyChangedBodiesAreOutlined() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        #expect(first.outlinedBodies == 2)

        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out.\n\nMaria Lopez told the authority she would return.")
        let body = try await site.rebuild("body edited")
        #expect(body.outlinedBodies == 1)

        // Lines added to the front matter move the body down: its outline is still the cached
        // one, its paragraphs' lines are counted from the body's new first line.
        try site.replace(Self.stall, "title: Harbour talks stall\n", with: "title: Harbour talks stall again\nbyline: A. Writer\n")
        let frontMatter = try await site.rebuild("front matter edited, the body moved down")
        #expect(frontMatter.outlinedBodies == 0)

        // Nothing changed but the cache: a build without one outlines every body again.
        let uncached = try await SiteBuilder.build(.init(site: site.site, output: site.output, useCache: false, search: false))
        #expect(uncached.outlinedBodies == 2)
    }

    /// A body's errors (a link the policy refuses) are reported with their lines when its
    /// outline comes from the cache, as when it is parsed.
    @Test func aCachedBodyReportsTheParsedBodysErrors() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked [out](javascript:alert(1)).")
        let parsed = await site.diagnostics(useCache: false)
        #expect(!parsed.isEmpty)
        // The first cached build outlines the body and keeps its outline; the front matter
        // then moves the body down a line, and the cached outline must give the new line.
        #expect(await site.diagnostics(useCache: true) == parsed)
        try site.replace(Self.stall, "title: Harbour talks stall\n", with: "title: Harbour talks stall\nbyline: A. Writer\n")
        let moved = await site.diagnostics(useCache: false)
        #expect(moved.map(\.location.line) == parsed.map { $0.location.line + 1 })
        #expect(await site.diagnostics(useCache: true) == moved)
    }

    /// With the last merge kept after a body edit, the unchanged files' declarations are
    /// not decoded (the merge holds them): only the edited article's. An unchanged draft
    /// stays out of the site, and the output is a full build's.
    @Test func withTheMergeKeptOnlyChangedDeclarationsAreDecoded() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let draft = try site.text("articles/talks-open.md")
            .replacingOccurrences(of: "title: Harbour talks open in Northport\n", with: "title: Talks, a draft\ndraft: true\n")
        try draft.write(to: site.url("articles/talks-draft.md"), atomically: true, encoding: .utf8)
        let first = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        #expect(first.decodedDeclarations == 4)  // three articles and actors/port-authority.yml

        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out.\n\nMaria Lopez told the authority she would return.")
        let body = try await site.rebuild("body edited, the merge kept")
        #expect(body.reusedMerge)
        #expect(body.decodedDeclarations == 1)
        #expect(body.unreadArticles == 1)  // talks-open; the draft is not in the merge, and not read either
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("articles/talks-draft.html").path))

        try site.replace(Self.stall, "Maria Lopez told the authority she would return.", with: "Maria Lopez said she would return.")
        let again = try await site.rebuild("body edited again")
        #expect(again.reusedMerge && again.decodedDeclarations == 1)
    }

    /// An unchanged article's file is not read after a body edit elsewhere; when its page must
    /// be made again all the same (its files in the output were removed), its body is read
    /// then, and the page is a full build's.
    @Test func anUnreadArticleIsReadWhenItsPageIsMadeAgain() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out again.")
        let edited = try await site.rebuild("body edited")
        #expect(edited.unreadArticles == 1)

        try FileManager.default.removeItem(at: site.output.appendingPathComponent("articles/talks-open.html"))
        try site.replace(Self.stall, "Lopez walked out again.", with: "Lopez walked out once more.")
        let remade = try await site.rebuild("an unread article's page removed from the output")
        #expect(remade.unreadArticles == 1)
        let page = try String(contentsOf: site.output.appendingPathComponent("articles/talks-open.html"), encoding: .utf8)
        let paragraph = try #require(site.text("articles/talks-open.md").split(separator: "\n").last)
        #expect(page.contains(String(paragraph.prefix(20))))
    }

    /// `UnreadBody` gives the body as the loader splits it, and nothing once the file's bytes
    /// are not those the build started from.
    @Test func anUnreadBodyIsReadOnlyWhileItsFileIsUnchanged() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let name = "talks-open.md"
        let bytes = try Data(contentsOf: site.url("articles/" + name))
        let digests = [name: ContentHash.digest(of: bytes)]
        let split = FrontMatter.split(try site.text("articles/" + name), path: name)
        guard case .success(let frontMatter) = split else { Issue.record("the fixture does not split"); return }
        #expect(UnreadBody.read(id: "talks-open", site: site.site, digests: digests) == frontMatter.body)
        #expect(UnreadBody.read(id: "talks-stall", site: site.site, digests: digests) == nil)  // not in the digests
        try site.replace("articles/" + name, "Northport", with: "Southport")
        #expect(UnreadBody.read(id: "talks-open", site: site.site, digests: digests) == nil)
    }

    @Test func onlyChangedDefinitionFilesAreParsed() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let definition = "actors/port-authority.yml"
        let first = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        #expect(first.parsedDefinitions == 1)

        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out again.")
        let body = try await site.rebuild("body edited")
        #expect(body.parsedDefinitions == 0)

        try site.replace(definition, "aliases: [the authority]", with: "aliases: [the authority, the port]")
        let edited = try await site.rebuild("definition edited")
        #expect(edited.parsedDefinitions == 1)

        // A definition with an error reports it from the cache as when parsed.
        try site.replace(definition, "aliases: [the authority, the port]", with: "aliases: [the authority, the port]\ncolour: blue")
        let parsed = await site.diagnostics(useCache: false)
        #expect(!parsed.isEmpty)
        #expect(await site.diagnostics(useCache: true) == parsed)  // parsed, and kept
        #expect(await site.diagnostics(useCache: true) == parsed)  // from the cache
    }

    /// A cache file of the format before outlines (no body fields) is ignored whole: every
    /// body is outlined, and the output is a full build's.
    @Test func aCacheOfTheOlderFormatIsIgnored() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        let folder = site.site.appendingPathComponent(BuildCache.folderName)
        let program = try #require(FrontMatterCache.programIdentity())
        var writer = ByteWriter()
        writer.bytes = Array("briefing front matter 1\n".utf8)
        writer.string(program)
        let articles = ["talks-open.md", "talks-stall.md"]
        writer.varint(articles.count)
        for name in articles {
            // A well-formed entry of format 1: path, YAML line, YAML, parse, checksum.
            writer.string("articles/" + name)
            writer.varint(2)
            writer.string("title: x\n")
            writer.field([0, 0])
            writer.word(0)
        }
        try FileManager.default.removeItem(at: FrontMatterCache.folder(in: folder))
        let former = folder.appendingPathComponent(FrontMatterCache.formerFileName)
        try Data(writer.bytes).write(to: former)
        #expect(FrontMatterCache.load(from: folder) == nil)
        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out again.")
        let report = try await site.rebuild("older cache format")
        #expect(report.outlinedBodies == 2)
        #expect(FrontMatterCache.load(from: folder)?.count == 3)
        #expect(!FileManager.default.fileExists(atPath: former.path))
    }

    @Test func outlinesRoundTripAndDamagedOnesAreRejected() throws {
        let body = "First paragraph with a [link](https://example.org).\n\n> quoted\n\nLast *one*\nover two lines.\n"
        let outline = BodyOutline(of: body)
        let parsed = Cmark.paragraphsAndLinks(in: body)
        #expect(!outline.paragraphs.isEmpty && outline.paragraphs == parsed.paragraphs)
        #expect(outline.links == [.init(url: "https://example.org", line: 1)])
        let bytes = outline.encode()
        #expect(bytes.withUnsafeBytes { BodyOutline.decode($0) } == outline)
        #expect(bytes.dropLast().withUnsafeBytes { BodyOutline.decode(UnsafeRawBufferPointer($0)) } == nil)
        #expect((bytes + [0]).withUnsafeBytes { BodyOutline.decode($0) } == nil)
    }
}
