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

/// The archive names every field of a declaration by hand, so a field added to the model
/// and not to the archive would be dropped from cached parses without a word. This pins the
/// fields the archive knows: a new one fails here until `FrontMatterArchive` writes it too.
@Suite struct FrontMatterArchiveFieldTests {
    static func fieldPaths(of value: Any, at path: String = "", into paths: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection, .set:
            for child in mirror.children { fieldPaths(of: child.value, at: path, into: &paths) }
        case .struct, .class:
            for child in mirror.children {
                guard let label = child.label else { continue }
                let childPath = path.isEmpty ? label : "\(path).\(label)"
                paths.insert(childPath)
                // The declaration's fields and its items' fields; below them are values
                // (locations, dates) whose own fields the archive writes as a whole.
                if !childPath.contains(".") { fieldPaths(of: child.value, at: childPath, into: &paths) }
            }
        default:
            return
        }
    }

    @Test func theArchiveKnowsEveryFieldOfTheModel() throws {
        let yaml = try #require(try? FrontMatter.split(ModelParserTests.fullArticle, path: "a.md").get()).yaml
        let declaration = try #require(ModelParser.parseFrontMatter(yaml, path: "a.md", firstLine: 2).declaration)
        var paths: Set<String> = []
        Self.fieldPaths(of: declaration, into: &paths)
        let known = Self.knownFields
        #expect(paths.subtracting(known).sorted() == [], "fields the archive does not write yet: add them to FrontMatterArchive and here")
        #expect(known.subtracting(paths).sorted() == [], "fields no longer in the model or the fixture")
    }
}

extension FrontMatterArchiveFieldTests {
    static let knownFields: Set<String> = [
        "actors",
        "actors.affiliation",
        "actors.aliases",
        "actors.description",
        "actors.id",
        "actors.kind",
        "actors.name",
        "actors.origin",
        "actors.reviewed",
        "actors.role",
        "actors.wikidata",
        "byline",
        "disputes",
        "disputes.description",
        "disputes.id",
        "disputes.origin",
        "disputes.positions",
        "disputes.question",
        "disputes.reviewed",
        "disputes.status",
        "draft",
        "events",
        "events.date",
        "events.description",
        "events.id",
        "events.origin",
        "events.participants",
        "events.place",
        "events.reviewed",
        "events.source",
        "events.title",
        "figures",
        "figures.about",
        "figures.origin",
        "figures.reviewed",
        "figures.source",
        "figures.unit",
        "figures.value",
        "places",
        "places.aliases",
        "places.country",
        "places.description",
        "places.id",
        "places.kind",
        "places.name",
        "places.origin",
        "places.reviewed",
        "published",
        "published.day",
        "published.month",
        "published.year",
        "quotes",
        "quotes.origin",
        "quotes.reviewed",
        "quotes.source",
        "quotes.speaker",
        "quotes.text",
        "quotes.via",
        "source",
        "source.name",
        "source.url",
        "summary",
        "title",
    ]
}
