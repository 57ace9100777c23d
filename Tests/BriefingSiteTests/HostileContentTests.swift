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
        "section", "time",  // the timeline
        "script",  // JSON-LD data blocks and the site's own preview script, checked below
    ]
    static let allowedAttributes: Set<String> = [
        "lang", "charset", "name", "content", "rel", "href", "type", "title", "class", "id", "http-equiv", "data",
        "aria-label", "aria-current", "aria-labelledby", "aria-hidden", "datetime", "src", "defer",
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
            // Every page forbids scripts and styles from anywhere but the site itself.
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';"#), "\(path) has no CSP")
            // The only script elements are the site's own preview script and JSON-LD data
            // blocks, which parse as JSON and hold no markup a browser could end them with.
            let previews = "<script src=\"\(path.contains("/") ? "../" : "")assets/previews.js\" defer></script>"
            #expect(html.components(separatedBy: previews).count == 2, "\(path) does not load the preview script once")
            let scripts = html.replacingOccurrences(of: previews, with: "").components(separatedBy: "<script").dropFirst()
            #expect(scripts.count == 1, "\(path) has \(scripts.count) script elements besides the preview script")
            for script in scripts {
                #expect(script.hasPrefix(" type=\"application/ld+json\">"), "\(path): \(script.prefix(60))")
                let json = script.dropFirst(" type=\"application/ld+json\">".count).components(separatedBy: "</script>")[0]
                #expect(!json.contains("<") && !json.contains(">"), "\(path): markup inside JSON-LD")
                #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(path): JSON-LD does not parse")
            }
        }
        // The hostile text is shown, escaped, where it belongs.
        let actor = String(decoding: pages["actors/evil-actor.html"] ?? Data(), as: UTF8.self)
        #expect(actor.contains("<h1 id=\"script-alert-name-script\">&lt;script&gt;alert('name')&lt;/script&gt;</h1>"))
        #expect(actor.contains("<title>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; · &lt;/title&gt;&lt;script&gt;alert(&#39;site&#39;)&lt;/script&gt;</title>"))
    }

    /// Hostile names survive as text in JSON-LD and feeds, which stay well-formed.
    @Test func structuredDataAndFeedsStayWellFormed() async throws {
        let output = try await Fixtures.build(Fixtures.site("hostile"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let html = try String(contentsOf: output.appendingPathComponent("actors/evil-actor.html"), encoding: .utf8)
        let json = try #require(html.components(separatedBy: "<script type=\"application/ld+json\">").last?.components(separatedBy: "</script>").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "<script>alert('name')</script>")
        for feed in ["feed.xml", "feeds/actors/evil-actor.xml", "feeds/disputes/evil-dispute.xml"] {
            let data = try Data(contentsOf: output.appendingPathComponent(feed))
            let titles = try AtomCheck.parse(data)
            #expect(titles.first == "</title><script>alert(1)</script> **bold** [x](javascript:alert(1))")
        }
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
