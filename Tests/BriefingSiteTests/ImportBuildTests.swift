import BriefingDraft
import BriefingModel
import BriefingSite
import Foundation
import Testing

/// What `briefing import` writes for a real article passes `briefing check` as it is,
/// and builds.
@Suite struct ImportBuildTests {
    static let articles: [(file: String, published: String)] = [
        ("lavrov-pyongyang.txt", "2023-10-18"),
        ("china-us-sanctions.txt", "2024-08-25"),
        ("australia-china-barley.txt", "2020-12-16"),
    ]

    @Test(arguments: articles.map(\.file))
    func importedArticleChecksAndBuilds(_ file: String) async throws {
        let published = try #require(Self.articles.first { $0.file == file }.flatMap { BriefingDate(parsing: $0.published) })
        let site = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        try "title: Imported\n".write(to: site.appendingPathComponent("briefing.yml"), atomically: true, encoding: .utf8)
        let text = try Data(contentsOf: Fixtures.root.appendingPathComponent("articles/\(file)"))
        let result = try ArticleImporter.draft(.init(input: file, text: text, site: site,
                                                     options: .init(published: published, sourceName: "Wire"), force: false))
        try ArticleImporter.write(result)

        let loaded = await SiteLoader.load(site: site)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
        let strict = await SiteLoader.load(site: site, options: .init(strict: true))
        #expect(strict.diagnostics.count == (loaded.briefing?.unreviewed.count ?? -1))
        let output = site.appendingPathComponent("public")
        _ = try await SiteBuilder.build(.init(site: site, output: output))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }
}
