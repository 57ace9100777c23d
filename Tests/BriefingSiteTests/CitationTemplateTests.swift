import Foundation
import Testing

/// A citation is rendered once per build by `citation.md.mustache`, not once per page that
/// shows it; a site's own citation template must still reach every page, including an
/// article's own page (whose links are `#p3`) and the pages at the root (`articles/…#p3`).
@Suite struct CitationTemplateTests {
    @Test func aSitesCitationOverrideReachesEveryPage() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try " (see [{{label}}]({{url}}))".write(to: site.appendingPathComponent("templates/citation.md.mustache"), atomically: true, encoding: .utf8)
        let output = try await Fixtures.build(site, into: folder.appendingPathComponent("public"))

        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        let actor = try page("actors/maria-lopez.md")
        #expect(actor.contains("- [Harbour talks stall](../articles/talks-stall.html): (see [¶2](../articles/talks-stall.html\\#p2))\n"))
        #expect(!actor.contains("Source:"))
        #expect(try page("articles/talks-open.md").contains("[Harbour talks begin](../events/harbour-talks.html) (see [¶1](\\#p1))\n"))
        #expect(try page("events.md").contains("[Dockers vote to strike](events/strike-vote.html) (see [¶3.2](articles/talks-open.html\\#p3))\n"))
        #expect(try page("actors/maria-lopez.html").contains("(see <a href=\"../articles/talks-stall.html#p2\">¶2</a>)"))
    }

    /// A site that overrides the list partial in the old way, looking at each citation's
    /// fields, still gets what it asks for.
    @Test func aSitesCitationsListOverrideStillReadsEachField() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "{{#citations}} ({{label}}: {{url}}){{/citations}}".write(to: site.appendingPathComponent("templates/citations.md.mustache"), atomically: true, encoding: .utf8)
        let output = try await Fixtures.build(site, into: folder.appendingPathComponent("public"))
        let actor = try String(contentsOf: output.appendingPathComponent("actors/maria-lopez.md"), encoding: .utf8)
        #expect(actor.contains("- [Harbour talks stall](../articles/talks-stall.html): (¶2: ../articles/talks-stall.html\\#p2)\n"))
    }

    /// The default list partial inserts a line's citations joined (`{{{citationsMarkdown}}}`);
    /// a site that loops over them the old way gets the same bytes on every page.
    @Test func joinedCitationsMatchTheLoopOverEachCitation() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        let joined = try await Fixtures.build(site, into: folder.appendingPathComponent("joined"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "{{#citations}}{{{markdown}}}{{/citations}}".write(to: site.appendingPathComponent("templates/citations.md.mustache"), atomically: true, encoding: .utf8)
        let looped = try await Fixtures.build(site, into: folder.appendingPathComponent("looped"))

        let pages = ["actors/maria-lopez.md", "articles/talks-open.md", "events.md", "index.md", "actors/maria-lopez.html"]
        for path in pages {
            let first = try String(contentsOf: joined.appendingPathComponent(path), encoding: .utf8)
            let second = try String(contentsOf: looped.appendingPathComponent(path), encoding: .utf8)
            #expect(first == second, "\(path) differs")
        }
        #expect(try String(contentsOf: joined.appendingPathComponent("actors/maria-lopez.md"), encoding: .utf8).contains("[¶2](../articles/talks-stall.html\\#p2 "))
    }
}
