@testable import BriefingSite
import BriefingModel
import Foundation
import Testing

@Suite struct LinkCheckTests {
    static func site(withTemplate name: String, _ text: String) throws -> URL {
        let site = Fixtures.temporaryFolder().appendingPathComponent("site")
        let source = Fixtures.site("two-articles")
        try FileManager.default.copyItem(at: source, to: site)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try text.write(to: site.appendingPathComponent("templates/\(name)"), atomically: true, encoding: .utf8)
        return site
    }

    @Test func brokenLinkFromATemplateFailsTheBuildNamingPageAndTarget() async throws {
        let site = try Self.site(withTemplate: "place.md.mustache", "# {{name}}\n\n[Missing](../actors/nobody.html) [Anchor](../index.html#nowhere)\n")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        await #expect {
            _ = try await SiteBuilder.build(.init(site: site, output: output))
        } throws: { error in
            guard let failure = error as? SiteBuilder.Failure else { return false }
            return failure.diagnostics.map(\.description) == [
                "public/places/northport.html:1:1: error: broken link '../actors/nobody.html': no file 'actors/nobody.html' in the site",
                "public/places/northport.html:1:1: error: broken link '../index.html#nowhere': no id 'nowhere' on 'index.html'",
            ]
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func resolvesRelativeLinks() {
        #expect(LinkChecker.resolve("../actors/x.html", from: "events/y.html") == "actors/x.html")
        #expect(LinkChecker.resolve("x.html", from: "events/y.html") == "events/x.html")
        #expect(LinkChecker.resolve("../../x.html", from: "events/y.html") == nil)
        #expect(LinkChecker.resolve("/etc/passwd", from: "index.html") == nil)
    }

    @Test func scannerReadsAttributesButNotComments() {
        let scan = HTMLScanner.scan("<!-- <a href=\"gone\"> --><p id=\"p1\" class=x><a href='a.html#p1'>x</a><br /><img src=b.png></p>")
        #expect(scan.links == ["a.html#p1", "b.png"])
        #expect(scan.ids == ["p1"])
    }
}
