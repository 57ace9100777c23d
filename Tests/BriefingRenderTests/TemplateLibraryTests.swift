@testable import BriefingRender
import BriefingModel
import Foundation
import Testing

@Suite struct TemplateLibraryTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    struct View { var name: String }

    @Test func defaultTemplatesLoad() throws {
        let loaded = TemplateLibrary.load(overrides: nil)
        #expect(loaded.diagnostics.isEmpty)
        let library = try #require(loaded.library)
        for name in ["home", "article", "actor", "event", "dispute", "place", "actors", "events", "timeline", "disputes", "places", "articles", "layout", "citations"] {
            #expect(library.has(name), "missing default template \(name)")
        }
    }

    @Test func overrideReplacesTheDefaultAndStillEscapesMarkdown() throws {
        let overrides = try Self.folder(["place.md.mustache": "# Custom {{name}}\n"])
        defer { try? FileManager.default.removeItem(at: overrides) }
        let library = try #require(TemplateLibrary.load(overrides: overrides).library)
        #expect(library.markdown("place", View(name: "*x* [y](z)")) == "# Custom \\*x\\* \\[y\\]\\(z\\)\n")
    }

    @Test func unknownTemplateIsAnErrorWithASuggestion() throws {
        let overrides = try Self.folder(["acter.md.mustache": "# {{name}}\n"])
        defer { try? FileManager.default.removeItem(at: overrides) }
        let loaded = TemplateLibrary.load(overrides: overrides)
        #expect(loaded.library == nil)
        #expect(loaded.diagnostics.map(\.message) == ["unknown template 'acter.md.mustache' (did you mean 'actor.md.mustache'?); a site can only override the default templates"])
        #expect(loaded.diagnostics.first?.location.path.hasSuffix("/acter.md.mustache") == true)
    }

    @Test func templateSyntaxErrorNamesFileLineAndColumn() throws {
        let overrides = try Self.folder(["event.md.mustache": "# {{title}}\n\n{{#participants}}\n- {{name}}\n{{/participant}}\n"])
        defer { try? FileManager.default.removeItem(at: overrides) }
        let loaded = TemplateLibrary.load(overrides: overrides)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.location.path.hasSuffix("/event.md.mustache"))
        #expect(diagnostic.location.line == 5)
        #expect(diagnostic.message == "template syntax error: a section is closed with a different name than it was opened with")
    }

    @Test func layoutEscapesHTML() throws {
        let overrides = try Self.folder(["layout.html.mustache": "<title>{{name}}</title>"])
        defer { try? FileManager.default.removeItem(at: overrides) }
        let library = try #require(TemplateLibrary.load(overrides: overrides).library)
        #expect(library.layout(View(name: "</title><script>")) == "<title>&lt;/title&gt;&lt;script&gt;</title>")
    }
}
