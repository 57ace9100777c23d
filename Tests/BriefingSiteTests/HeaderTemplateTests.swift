import Foundation
import Testing

/// The site header is rendered once per folder, not per page, from `header.html.mustache`;
/// a site's own header must still reach every page, marking the page's own navigation entry.
@Suite struct HeaderTemplateTests {
    @Test func aSitesHeaderOverrideReachesEveryPage() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        let header = "<header class=\"custom\" data-root=\"{{root}}\">{{#nav}}{{#current}}{{label}}{{/current}}{{/nav}}</header>\n"
        try header.write(to: site.appendingPathComponent("templates/header.html.mustache"), atomically: true, encoding: .utf8)
        let output = try await Fixtures.build(site, into: folder.appendingPathComponent("public"))

        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(try page("index.html").contains("<header class=\"custom\" data-root=\"\">Home</header>\n<main"))
        #expect(try page("articles.html").contains("<header class=\"custom\" data-root=\"\">Articles</header>\n<nav class=\"breadcrumbs\""))
        #expect(try page("articles/talks-open.html").contains("<header class=\"custom\" data-root=\"../\"></header>\n<nav class=\"breadcrumbs\""))
        #expect(try !page("articles/talks-stall.html").contains("site-header"))
    }
}
