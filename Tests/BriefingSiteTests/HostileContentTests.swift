@testable import BriefingSite
import BriefingModel
import Foundation
import Testing

/// A site whose every field and body holds markup, script and dangerous URLs: no page
/// may carry any of it as markup.
@Suite struct HostileContentTests {
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "header", "nav", "ul", "ol", "li", "a", "main",
        "h1", "h2", "h3", "h4", "p", "em", "strong", "code", "pre", "blockquote", "hr", "br", "span", "div", "footer",
    ]
    static let allowedAttributes: Set<String> = [
        "lang", "charset", "name", "content", "rel", "href", "type", "title", "class", "id",
        "aria-label", "aria-current",
    ]

    @Test func noContentReachesAPageAsMarkup() async throws {
        let output = try await Fixtures.build(Fixtures.site("hostile"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let pages = snapshot(output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 12)
        for (path, data) in pages.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: data, as: UTF8.self)
            for tag in HTMLScanner.scan(html, collectingTags: true).tags {
                #expect(Self.allowedTags.contains(tag.name), "\(path): unexpected <\(tag.name)>")
                for attribute in tag.attributes {
                    #expect(Self.allowedAttributes.contains(attribute.name), "\(path): unexpected attribute \(attribute.name) on <\(tag.name)>")
                    if attribute.name == "href" || attribute.name == "src" {
                        #expect(URLPolicy.problem(with: attribute.value) == nil, "\(path): dangerous URL \(attribute.value)")
                    }
                }
            }
            #expect(!html.lowercased().contains("<script"), "\(path) contains a script tag")
        }
        // The hostile text is shown, escaped, where it belongs.
        let actor = String(decoding: pages["actors/evil-actor.html"] ?? Data(), as: UTF8.self)
        #expect(actor.contains("<h1 id=\"script-alert-name-script\">&lt;script&gt;alert('name')&lt;/script&gt;</h1>"))
        #expect(actor.contains("<title>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; · &lt;/title&gt;&lt;script&gt;alert(&#39;site&#39;)&lt;/script&gt;</title>"))
    }

    @Test func dangerousLinksInTheBodyAreErrors() throws {
        let site = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "title: T\n".write(to: site.appendingPathComponent("briefing.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: A\npublished: 2024-01-01\n---\nText [x](javascript:alert(1)).\n\n![i](data:text/html,x) [m](mailto:a@b.c) [r](other.html)\n"
            .write(to: site.appendingPathComponent("articles/a.md"), atomically: true, encoding: .utf8)
        let loaded = SiteLoader.load(site: site)
        #expect(loaded.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
            "5:1: the link 'javascript:alert(1)' uses the scheme 'javascript:'; only http, https, mailto and relative URLs are allowed",
            "7:1: the link 'data:text/html,x' uses the scheme 'data:'; only http, https, mailto and relative URLs are allowed",
        ])
    }
}
