@testable import BriefingSite
import Foundation
import Testing

/// A rebuild that writes few files starts from the tree the last build replaced (`SpareTree`)
/// instead of an empty one, and still writes exactly what a build without any cache writes;
/// it never writes into a file the output shares with the spare; a spare that is not as
/// recorded is not used; a failed build leaves the output as it was.
@Suite struct SpareTreeTests {
    struct Site {
        let root = Fixtures.temporaryFolder()
        let site: URL
        let output: URL
        var spare: URL { SpareTree.location(of: output) }

        /// Two articles with actors, events and a dispute, and `fillers` articles of their
        /// own, so that an edit of one body leaves most files as they were.
        init(fillers: Int = 12) throws {
            (site, output) = try Fixtures.copy("two-articles", in: root)
            for number in 1...fillers {
                let text = """
                ---
                title: Filler report \(number)
                published: 2024-02-\(String(format: "%02d", number))
                source: { name: Example Wire }
                ---
                A quiet day number \(number) at the harbour.

                """
                try text.write(to: url("articles/filler-\(number).md"), atomically: true, encoding: .utf8)
            }
        }

        func url(_ relative: String) -> URL { site.appendingPathComponent(relative) }

        func appendParagraph(_ text: String, to relative: String = "articles/talks-stall.md") throws {
            let old = try String(contentsOf: url(relative), encoding: .utf8)
            try (old + "\n" + text + "\n").write(to: url(relative), atomically: true, encoding: .utf8)
        }

        func build() async throws -> SiteBuilder.Report {
            try await SiteBuilder.build(.init(site: site, output: output, search: false))
        }

        /// A build, an edit and a rebuild: the first build's tree is the spare then.
        func buildWithASpare() async throws {
            _ = try await build()
            try appendParagraph("Lopez said talks would resume.")
            _ = try await build()
        }

        func rebuild(_ step: String) async throws -> SiteBuilder.Report {
            try await FrontMatterCacheTests.expectSameAsFullBuild(site, output, root: root, step: step)
        }
    }

    @Test func editedRebuildsStartFromTheSpareAndMatchAFullBuild() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await site.build()
        #expect(!first.reusedSpare)
        #expect(!FileManager.default.fileExists(atPath: site.spare.path))  // nothing was replaced

        try site.appendParagraph("Lopez said talks would resume.")
        let second = try await site.rebuild("first edit")
        #expect(!second.reusedSpare)  // the first build's tree was replaced, and is the spare now
        #expect(FileManager.default.fileExists(atPath: site.spare.path))

        let page = "articles/talks-stall.html"
        let before = try Data(contentsOf: site.output.appendingPathComponent(page))
        try site.appendParagraph("The authority said it was ready.")
        let third = try await site.rebuild("second edit")
        #expect(third.reusedSpare)
        // The page was made again under its name, not written into: the tree the output
        // replaced, now the spare, still has the file as it was.
        #expect(try Data(contentsOf: site.spare.appendingPathComponent(page)) == before)
        #expect(try Data(contentsOf: site.output.appendingPathComponent(page)) != before)

        // Files that go and come back, between builds that start from the spare.
        let filler = site.url("articles/filler-3.md"), aside = site.root.appendingPathComponent("filler-3.md")
        try FileManager.default.moveItem(at: filler, to: aside)
        _ = try await site.rebuild("an article deleted")
        try site.appendParagraph("Night shifts resumed.")
        #expect(try await site.rebuild("an edit after the deletion").reusedSpare)
        try FileManager.default.moveItem(at: aside, to: filler)
        _ = try await site.rebuild("the article back")
        try site.appendParagraph("Talks closed.")
        #expect(try await site.rebuild("an edit after the return").reusedSpare)
    }

    @Test func aSpareThatChangedIsNotUsed() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try await site.buildWithASpare()
        // A name added to the spare, and one taken from it.
        try Data("stray".utf8).write(to: site.spare.appendingPathComponent("articles/stray.html"))
        try FileManager.default.removeItem(at: site.spare.appendingPathComponent("articles/filler-1.md"))
        try site.appendParagraph("The authority said it was ready.")
        let rebuilt = try await site.rebuild("a spare changed by hand")
        #expect(!rebuilt.reusedSpare)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("articles/stray.html").path))
    }

    @Test func aFileAddedToTheOutputDoesNotComeBackFromTheSpare() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await site.build()
        for (step, text) in [("first", "One."), ("second", "Two.")] {
            try site.appendParagraph(text)
            _ = try await site.rebuild("\(step) edit")
        }
        try Data("stray".utf8).write(to: site.output.appendingPathComponent("articles/stray.html"))
        for (step, text) in [("third", "Three."), ("fourth", "Four."), ("fifth", "Five.")] {
            try site.appendParagraph(text)
            let report = try await site.rebuild("\(step) edit, after a file was added to the output")
            #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("articles/stray.html").path), "\(step)")
            #expect(report.reusedSpare, "\(step)")
        }
    }

    @Test func aFailedBuildFromTheSpareLeavesTheOutputAsItWas() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try await site.buildWithASpare()
        let output = snapshot(site.output)
        // A body edit (the spare is taken) with a broken link, found only after the pages.
        try site.appendParagraph("See [the notice](#nowhere).")
        await #expect(throws: SiteBuilder.Failure.self) { try await site.build() }
        #expect(snapshot(site.output) == output)
        let stall = site.url("articles/talks-stall.md")
        let text = try String(contentsOf: stall, encoding: .utf8)
        try text.replacingOccurrences(of: "See [the notice](#nowhere).", with: "See the notice.").write(to: stall, atomically: true, encoding: .utf8)
        _ = try await site.rebuild("fixed after a failed build")
    }

    @Test func aBuildThatWritesMostFilesKeepsNoSpare() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try await site.buildWithASpare()
        #expect(FileManager.default.fileExists(atPath: site.spare.path))
        // A new site title is on every page.
        let config = site.url("briefing.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "title:", with: "title: Renamed").write(to: config, atomically: true, encoding: .utf8)
        let rebuilt = try await site.rebuild("a new site title")
        #expect(rebuilt.reusedSpare)
        #expect(!FileManager.default.fileExists(atPath: site.spare.path))
        #expect(!FileManager.default.fileExists(atPath: SpareTree.recordLocation(of: site.output).path))
    }
}
