@testable import BriefingModel
import Testing

/// A parsed front matter read back from its bytes is the parse it was made from.
@Suite struct FrontMatterArchiveTests {
    static let path = "articles/lavrov.md"

    static func roundTrip(_ yaml: String) -> (ModelParser.ParsedFrontMatter, ModelParser.ParsedFrontMatter?) {
        let parsed = ModelParser.parseFrontMatter(yaml, path: path, firstLine: 2)
        let bytes = FrontMatterArchive.encode(parsed, path: path)
        return (parsed, bytes.withUnsafeBytes { FrontMatterArchive.decode($0, path: path) })
    }

    @Test func everyFieldSurvives() throws {
        let text = ModelParserTests.fullArticle
        let yaml = try #require(try? FrontMatter.split(text, path: Self.path).get()).yaml
        let (parsed, restored) = Self.roundTrip(yaml)
        let declaration = try #require(parsed.declaration)
        #expect(!declaration.actors.isEmpty && !declaration.events.isEmpty && !declaration.disputes.isEmpty)
        #expect(!declaration.quotes.isEmpty && !declaration.figures.isEmpty && !declaration.places.isEmpty)
        #expect(restored?.declaration == declaration)
        #expect(restored?.diagnostics == parsed.diagnostics)
    }

    @Test func diagnosticsAndPartialDeclarationsSurvive() throws {
        let yaml = """
            title: A
            published: 2023-13-40
            colour: red
            actors:
              - { id: a, name: A, kind: persn }
              - { id: b, name: "Bé", kind: person, aliases: [B, "Ḃ"], reviewed: false }
            events:
              - { id: e, title: E, date: 2023-01-02/2023-01-05, source: [p1.s2, p3], participants: [{ actor: b, role: host }] }
            """
        let (parsed, restored) = Self.roundTrip(yaml)
        #expect(!parsed.diagnostics.isEmpty)
        #expect(restored?.diagnostics == parsed.diagnostics)
        #expect(restored?.declaration == parsed.declaration)
    }

    @Test func aFrontMatterThatFailsToComposeSurvives() {
        let (parsed, restored) = Self.roundTrip("title: [unclosed")
        #expect(parsed.declaration == nil && !parsed.diagnostics.isEmpty)
        #expect(restored?.declaration == nil)
        #expect(restored?.diagnostics == parsed.diagnostics)
    }

    @Test func truncatedOrAlteredBytesAreRefused() {
        let parsed = ModelParser.parseFrontMatter("title: A\npublished: 2023-01-02\nactors: [{ id: a, name: A }]", path: Self.path, firstLine: 2)
        let bytes = FrontMatterArchive.encode(parsed, path: Self.path)
        for length in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(Array(bytes.prefix(length)).withUnsafeBytes { FrontMatterArchive.decode($0, path: Self.path) } == nil)
        }
        #expect((bytes + [0]).withUnsafeBytes { FrontMatterArchive.decode($0, path: Self.path) } == nil)
    }
}
