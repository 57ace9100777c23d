import BriefingModel
import BriefingSite
import Foundation
import Testing

@Suite struct ScaffoldTests {
    @Test func initThenBuildThenCheck() async throws {
        let folder = Fixtures.temporaryFolder().appendingPathComponent("new-site")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let files = try SiteScaffold.create(at: folder, force: false)
        #expect(files.contains("briefing.yml") && files.contains("articles/harbour-talks-open.md") && files.contains(".gitignore"))
        let report = try await SiteBuilder.build(.init(site: folder))
        #expect(report.pagesByKind[.article] == 1)
        _ = try await SiteBuilder.build(.init(site: folder, dryRun: true, strict: true))
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "mine".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: SiteScaffold.Failure.self) { try SiteScaffold.create(at: folder, force: false) }
        #expect(try SiteScaffold.create(at: folder, force: true).count == 6)
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }
}
