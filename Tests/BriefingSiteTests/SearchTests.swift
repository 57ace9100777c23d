@testable import BriefingSite
import Foundation
import Testing

/// Search is there when Pagefind is installed, and nothing links to it otherwise.
@Suite struct SearchTests {
    @Test(.enabled(if: SearchIndex.pagefind != nil, "Pagefind is not installed"))
    func pagefindIndexesTheSiteWithFilters() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let report = try await SiteBuilder.build(.init(site: Fixtures.site("two-articles"), output: output, search: true))
        #expect(report.notes.allSatisfy { !$0.contains("Pagefind") })
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind-ui.js").path))
        let search = try String(contentsOf: output.appendingPathComponent("search.html"), encoding: .utf8)
        #expect(search.contains(#"<script src="pagefind/pagefind-ui.js"></script>"#))
        let dispute = try String(contentsOf: output.appendingPathComponent("disputes/night-shifts.html"), encoding: .utf8)
        #expect(dispute.contains(#"<span data-pagefind-filter="stance:denies"></span>"#))
        #expect(dispute.contains(#"<a href="../search.html">Search</a>"#))
    }

    @Test func withoutSearchNothingLinksToIt() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        _ = try await SiteBuilder.build(.init(site: Fixtures.site("two-articles"), output: output, search: false))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("search.html").path))
        for (path, data) in snapshot(output) where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("search.html"), "\(path) links to search")
            #expect(!String(decoding: data, as: UTF8.self).contains("data-pagefind"), "\(path)")
        }
    }
}
