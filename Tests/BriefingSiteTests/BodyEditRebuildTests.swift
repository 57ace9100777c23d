import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

/// After an edit of article bodies alone, a rebuild plans only the pages that can show
/// them (`IncrementalPlan`), and still writes exactly the bytes, and reports exactly the
/// errors, of a build without any cache; any other edit plans every page.
@Suite struct BodyEditRebuildTests {
    struct Site {
        let root = Fixtures.temporaryFolder()
        let site: URL
        let output: URL
        init() throws { (site, output) = try Fixtures.copy("two-articles", in: root) }
        func url(_ relative: String) -> URL { site.appendingPathComponent(relative) }
        func text(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }
        func replace(_ relative: String, _ old: String, with new: String) throws {
            let text = try text(relative)
            #expect(text.contains(old), "\(relative) has no '\(old)'")
            try text.replacingOccurrences(of: old, with: new).write(to: url(relative), atomically: true, encoding: .utf8)
        }
        /// The errors of a build that fails; none when it succeeds.
        func diagnostics(useCache: Bool) async -> [Diagnostic] {
            do {
                _ = try await SiteBuilder.build(.init(site: site, output: output, useCache: useCache, search: false))
                return []
            } catch {
                return error.diagnostics
            }
        }
        /// Builds with the cache and compares with a build without one; returns the cached build's report.
        func rebuild(_ step: String) async throws -> SiteBuilder.Report {
            try await FrontMatterCacheTests.expectSameAsFullBuild(site, output, root: root, step: step)
        }
    }

    static let stall = "articles/talks-stall.md"

    @Test func aDeletedOutputIsBuiltWhole() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        try FileManager.default.removeItem(at: site.output)
        let again = try await site.rebuild("output folder deleted")
        #expect(again.planned == first.planned)
        #expect(again.citationTexts == first.citationTexts)
        #expect(!again.reusedMerge)
    }

    @Test func bodyEditsPlanFewPagesAndMatchAFullBuild() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        let total = first.pagesByKind.values.reduce(0, +)
        #expect(first.planned == total)
        let actors = first.pagesByKind[.actor, default: 0]
        #expect(first.mentionSearches == 2)
        #expect(first.modelObjects == actors + 2)
        #expect(first.derivedFiles > 0)
        #expect(first.copiedCacheEntries == 0)
        #expect(!first.reusedMerge)

        // A new last paragraph that mentions two listed actors: the article, those actors and
        // the home page are planned; lists, events, disputes, places and the other article are not.
        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out.\n\nMaria Lopez told the authority she would return.")
        let withMentions = try site.text(Self.stall)
        let mentioned = try await site.rebuild("body: a paragraph with mentions")
        #expect(mentioned.planned < total)
        // Of the three actors the article lists (or names as a participant or a side), Maria
        // Lopez and the port authority ('the authority') are mentioned in the new paragraph.
        #expect(mentioned.planned == 1 + 2 + 1)
        let actorPage = try String(contentsOf: site.output.appendingPathComponent("actors/maria-lopez.html"), encoding: .utf8)
        #expect(actorPage.contains("talks-stall.html#p3"))
        // Only the edited body is searched for mentions (the other article's are the last
        // build's); only its object and its actors' are written into data/briefing.json;
        // feeds, sitemap and the other data files are the last build's; only the planned
        // actors' mentions are rendered ahead.
        #expect(mentioned.mentionSearches == 1)
        // The merge is the last build's, with only the edited article's part made again.
        #expect(mentioned.reusedMerge)
        #expect(mentioned.modelObjects == 1 + 2)
        #expect(mentioned.derivedFiles == 0)
        #expect(mentioned.citationTexts > 0 && mentioned.citationTexts < first.citationTexts)

        // A body edit that changes no mention: only the article's page is planned.
        try site.replace(Self.stall, "The harbour talks stalled on Wednesday", with: "The harbour talks stalled late on Wednesday")
        let plain = try await site.rebuild("body: no mention changed")
        #expect(plain.planned == 1)
        #expect(plain.reusedMerge)
        #expect(plain.linkCheckedPages == 1)
        #expect(plain.modelObjects == 1)
        #expect(plain.citationTexts == 0)
        // build.bin copies the pages' links and ids kept as they were (the edited page's are too).
        #expect(plain.copiedCacheEntries >= total - plain.planned)

        // The same paragraph without the mentions, then gone again.
        try site.replace(Self.stall, "Maria Lopez told the authority she would return.", with: "Nobody said when talks resume.")
        let removed = try await site.rebuild("body: the mentions removed")
        #expect(removed.planned == 1 + 2 + 1)
        try withMentions.write(to: site.url(Self.stall), atomically: true, encoding: .utf8)
        _ = try await site.rebuild("body: the mentions back")

        // A paragraph inserted first: every paragraph's number moves and the sources now
        // point at other text; the page gains an anchor and loses none, so the kept pages'
        // links still resolve and only the pages made again (it, and the actors whose
        // mentions moved) are checked.
        try site.replace(Self.stall, "---\nThe harbour talks", with: "---\nA first paragraph.\n\nThe harbour talks")
        let inserted = try await site.rebuild("body: a paragraph inserted first")
        #expect(inserted.linkCheckedPages == inserted.rendered && inserted.rendered < total)

        // Taken out again: the page loses an anchor, so every page's links are checked.
        try site.replace(Self.stall, "---\nA first paragraph.\n\nThe harbour talks", with: "---\nThe harbour talks")
        let taken = try await site.rebuild("body: the first paragraph taken out")
        #expect(taken.linkCheckedPages == total)
        try site.replace(Self.stall, "---\nThe harbour talks", with: "---\nA first paragraph.\n\nThe harbour talks")
        _ = try await site.rebuild("body: the first paragraph back")

        // Both articles' bodies edited at once.
        try site.replace("articles/talks-open.md", "Dockers voted to strike in February.", with: "Dockers voted to strike in February, the authority said.")
        try site.replace(Self.stall, "A first paragraph.", with: "A first paragraph, edited.")
        let both = try await site.rebuild("body: two articles")
        #expect(both.planned < total)
        #expect(both.mentionSearches == 2)
        #expect(both.modelObjects >= 2 && both.modelObjects < both.pagesByKind[.actor, default: 0] + 2)
    }

    /// A file the last build wrote that is not as it left it is made again, never copied or linked.
    @Test func keptDataFilesChangedInTheOutputAreMadeAgain() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        let actors = first.pagesByKind[.actor, default: 0]
        func tamper(_ relative: String) throws {
            let url = site.output.appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            try FileManager.default.removeItem(at: url)  // not edited through a hard link of a kept file
            try (text + " ").write(to: url, atomically: false, encoding: .utf8)
        }
        try site.replace(Self.stall, "Lopez walked out.", with: "Lopez walked out, again.")
        try tamper("data/briefing.json")
        let model = try await site.rebuild("body, with data/briefing.json changed in the output")
        #expect(model.modelObjects == actors + 2)
        #expect(model.derivedFiles == 0)

        try site.replace(Self.stall, "Lopez walked out, again.", with: "Lopez walked out once more.")
        try tamper("data/events.csv")
        let derived = try await site.rebuild("body, with data/events.csv changed in the output")
        #expect(derived.derivedFiles > 0)
        #expect(derived.modelObjects == 1)
    }

    @Test func aBodyEditThatBreaksASourceReportsTheFullBuildsErrors() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        let before = snapshot(site.output)
        // Paragraph 2 is cited (`p2.s1`): without it the source points past the last paragraph.
        try site.replace(Self.stall, "\n\nThe authority denied any plan to cut night shifts. Lopez walked out.", with: "")
        let cached = await site.diagnostics(useCache: true)
        #expect(!cached.isEmpty)
        #expect(cached == (await site.diagnostics(useCache: false)))
        #expect(snapshot(site.output) == before, "a failed build leaves the output untouched")
    }

    @Test func otherEditsPlanEveryPageAndMatchAFullBuild() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await SiteBuilder.build(.init(site: site.site, output: site.output, search: false))
        let open = "articles/talks-open.md"
        let edits: [(String, String, String, String)] = [
            ("title", Self.stall, "title: Harbour talks stall", "title: Harbour talks stall again"),
            ("date", Self.stall, "published: 2024-03-06", "published: 2024-03-02"),
            ("actor added", Self.stall, "  - port-authority\n", "  - port-authority\n  - { id: jon-berg, name: Jon Berg, kind: person }\n"),
            ("actor removed", Self.stall, "  - port-authority\n  - { id: jon-berg, name: Jon Berg, kind: person }\n", "  - port-authority\n"),
            ("alias added in an article", open, "aliases: [Lopez]", "aliases: [Lopez, M. Lopez]"),
            ("alias added in a definition", "actors/port-authority.yml", "aliases: [the authority]", "aliases: [the authority, the port]"),
            ("alias removed", open, "aliases: [Lopez, M. Lopez]", "aliases: []"),
            ("event date", open, "date: 2024-02\n", "date: 2024-01\n"),
            ("dispute side", Self.stall, "stance: denies", "stance: asserts"),
            ("config", "briefing.yml", "title:", "title: Edited"),
        ]
        for (step, file, old, new) in edits {
            if step == "config" {
                let config = try site.text(file)
                let line = try #require(config.split(separator: "\n").first { $0.hasPrefix("title:") })
                try site.replace(file, String(line), with: String(line) + " (edited)")
            } else {
                try site.replace(file, old, with: new)
            }
            let report = try await site.rebuild(step)
            #expect(report.planned == report.pagesByKind.values.reduce(0, +), "\(step)")
            let articles = report.pagesByKind[.article, default: 0]
            #expect(report.mentionSearches == articles, "\(step)")
            #expect(report.modelObjects == articles + report.pagesByKind[.actor, default: 0], "\(step)")
            #expect(report.derivedFiles > 0, "\(step)")
            #expect(!report.reusedMerge, "\(step)")
        }

        // Add, rename and delete an article; then edit a body again, on the new cache.
        let copy = site.url("articles/talks-stall-copy.md")
        try site.text(Self.stall).replacingOccurrences(of: "title: Harbour", with: "title: Copied harbour").write(to: copy, atomically: true, encoding: .utf8)
        _ = try await site.rebuild("article added")
        let renamed = site.url("articles/talks-stall-renamed.md")
        try FileManager.default.moveItem(at: copy, to: renamed)
        _ = try await site.rebuild("article renamed")
        try site.replace("articles/talks-stall-renamed.md", "Lopez walked out.", with: "Lopez left.")
        let edited = try await site.rebuild("renamed article's body")
        #expect(edited.planned < edited.pagesByKind.values.reduce(0, +))
        #expect(edited.reusedMerge)
        try FileManager.default.removeItem(at: renamed)
        _ = try await site.rebuild("article deleted")
    }
}
