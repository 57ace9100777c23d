@testable import BriefingSite
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Reads an Atom feed with a real XML parser and checks the elements RFC 4287 requires.
enum AtomCheck {
    final class Reader: NSObject, XMLParserDelegate {
        var path: [String] = []
        var text = ""
        var feedElements: Set<String> = []
        var entryElements: [Set<String>] = []
        var entryTitles: [String] = []
        var links: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            path.append(name)
            text = ""
            if name == "entry" { entryElements.append([]) }
            if name == "link", let href = attributes["href"] { links.append(href) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            if path == ["feed"] { feedElements.insert(name) }
            if path == ["feed", "entry"] {
                entryElements[entryElements.count - 1].insert(name)
                if name == "title" { entryTitles.append(text) }
            }
        }
    }

    struct Invalid: Error, CustomStringConvertible { var description: String }

    /// The entry titles, after checking the feed is well-formed and complete.
    static func parse(_ data: Data) throws -> [String] {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw Invalid(description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")") }
        for required in ["id", "title", "updated", "author", "link"] where !reader.feedElements.contains(required) {
            throw Invalid(description: "feed lacks <\(required)>")
        }
        for entry in reader.entryElements {
            for required in ["id", "title", "updated", "link"] where !entry.contains(required) {
                throw Invalid(description: "entry lacks <\(required)>")
            }
        }
        return reader.entryTitles
    }
}

@Suite struct OutputFormatTests {
    @Test func feedsSitemapAndDataOfTheExampleSite() async throws {
        let output = try await Fixtures.build(Fixtures.site("two-articles"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        // Newest first.
        #expect(try AtomCheck.parse(Data(contentsOf: output.appendingPathComponent("feed.xml"))) == ["Harbour talks stall", "Harbour talks open in Northport"])
        #expect(try AtomCheck.parse(Data(contentsOf: output.appendingPathComponent("feeds/actors/dockers-union.xml"))) == ["Harbour talks stall", "Harbour talks open in Northport"])
        #expect(try AtomCheck.parse(Data(contentsOf: output.appendingPathComponent("feeds/disputes/night-shifts.xml"))).count == 2)

        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<url><loc>https://example.org/harbour/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/harbour/articles/talks-open.html</loc><lastmod>2024-03-04</lastmod></url>"))
        #expect(try String(contentsOf: output.appendingPathComponent("robots.txt"), encoding: .utf8).contains("Sitemap: https://example.org/harbour/sitemap.xml"))

        let model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/briefing.json"))) as? [String: Any])
        #expect((model["actors"] as? [Any])?.count == 3)
        #expect((model["events"] as? [[String: Any]])?.first?["precision"] as? String == "month")
        let timeline = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/timeline.json"))) as? [String: Any])
        #expect((timeline["events"] as? [Any])?.count == 2)
        let positions = try String(contentsOf: output.appendingPathComponent("data/positions.csv"), encoding: .utf8)
        #expect(positions.hasPrefix("dispute,question,actor,stance,claim,evidence,sources\r\n"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/briefing.schema.json").path))
    }

    /// Without a base URL a feed links relatively from its own folder (actor feeds linked
    /// one folder short before), so an article's entry, made once and reused, is made once
    /// per feed folder.
    @Test func feedsWithoutABaseURLLinkFromTheirOwnFolder() async throws {
        let (site, output) = try Fixtures.copy("two-articles", in: Fixtures.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let config = site.appendingPathComponent("briefing.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "base_url: https://example.org/harbour/\n", with: "").write(to: config, atomically: true, encoding: .utf8)
        _ = try await SiteBuilder.build(.init(site: site, output: output))
        func entryLinks(_ path: String) throws -> [String] {
            let xml = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            return xml.components(separatedBy: "\n").filter { $0.hasPrefix("    <link ") }
        }
        #expect(try entryLinks("feed.xml").first == #"    <link rel="alternate" type="text/html" href="articles/talks-stall.html"/>"#)
        #expect(try entryLinks("feeds/actors/dockers-union.xml").first == #"    <link rel="alternate" type="text/html" href="../../articles/talks-stall.html"/>"#)
        let feed = try String(contentsOf: output.appendingPathComponent("feeds/actors/dockers-union.xml"), encoding: .utf8)
        #expect(feed.contains(#"<link rel="self" type="application/atom+xml" href="../../feeds/actors/dockers-union.xml"/>"#))
        #expect(feed.contains(#"<link rel="alternate" type="text/html" href="../../actors/dockers-union.html"/>"#))
    }

    /// Markup becomes entities, characters XML 1.0 forbids are dropped, the rest is kept
    /// (bytes 0xEF start both the forbidden U+FFFE/U+FFFF and ordinary letters).
    @Test func xmlEscapeDropsWhatXMLForbidsAndEscapesMarkup() {
        let cases: [(String, String)] = [
            ("Plain title", "Plain title"),
            ("Rock & <roll> \"quoted\" 'it'", "Rock &amp; &lt;roll&gt; &quot;quoted&quot; &apos;it&apos;"),
            ("bell\u{07}tab\tline\nend\r", "belltab\tline\nend\r"),
            ("\u{FFFE}\u{FFFF}\u{FFFD}\u{EFFF}ﬁ", "\u{FFFD}\u{EFFF}ﬁ"),
            ("Lavrov’s visit — 2023", "Lavrov’s visit — 2023"),
            ("\u{0}\u{1F}\u{7F}é", "\u{7F}é"),
            ("", ""),
        ]
        for (text, expected) in cases { #expect(escape(text) == expected, "\(text.debugDescription)") }
    }

    @Test func noSitemapWithoutABaseURL() async throws {
        let output = try await Fixtures.build(Fixtures.site("hostile"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sitemap.xml").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("robots.txt").path))
    }

    @Test func csvCellsAreQuotedAndFormulasDefused() {
        #expect(CSV.cell("plain") == "plain")
        #expect(CSV.cell("a, b") == "\"a, b\"")
        #expect(CSV.cell("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(CSV.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSV.cell("-5") == "'-5")
    }
}
