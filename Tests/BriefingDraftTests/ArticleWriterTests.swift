import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

@Suite struct ArticleWriterTests {
    static let published = BriefingDate(year: 2024, month: 3, day: 6)

    /// A draft made by hand, so this tests the writer alone.
    static func handDraft() -> Draft {
        let text = TextSplitter.split("Harbour talks stall\n\nTalks between Maria Lopez and the Port Authority stalled in Northport on Wednesday.\n\nNight shifts\n\n\"We came to talk,\" Lopez said. The authority denied any plan to cut night shifts.\n")
        var draft = Draft(text: text)
        draft.actors = [
            DraftActor(name: "Maria Lopez", kind: .person, role: "union leader", affiliation: "Dockers Union", aliases: ["Lopez"]),
            DraftActor(name: "Dockers Union", kind: .group),
            DraftActor(name: "Port Authority", kind: .organization, aliases: ["the authority"]),
            DraftActor(name: "Northport", kind: .country),
        ]
        draft.places = [DraftPlace(name: "Northport", kind: .city, country: "Northport")]
        draft.events = [DraftEvent(title: "Harbour talks stall", date: DateSpan(start: published), place: "Northport",
                                   participants: ["Maria Lopez", "Port Authority", "Nobody Known"], source: SourceRef(paragraph: 1, sentence: 1))]
        draft.quotes = [DraftQuote(speaker: "Maria Lopez", text: "We came to talk", source: SourceRef(paragraph: 3, sentence: 1)),
                        DraftQuote(speaker: nil, text: "orphan", source: SourceRef(paragraph: 3, sentence: 1))]
        draft.disputes = [DraftDispute(question: "Will night shifts be cut?", sides: [
            DraftSide(actor: "Dockers Union", stance: .asserts, statement: "Night shifts will be cut.", source: SourceRef(paragraph: 3, sentence: 1)),
            DraftSide(actor: "Port Authority", stance: .denies, statement: "denied any plan to cut night shifts", source: SourceRef(paragraph: 3, sentence: 2)),
        ])]
        draft.figures = [DraftFigure(value: "40", unit: "per cent", about: "night shifts at risk", source: SourceRef(paragraph: 3, sentence: 2))]
        return draft
    }

    /// What the writer produces loads without a single diagnostic, and every item is
    /// marked for review.
    @Test func writtenFileValidates() throws {
        let text = try ArticleWriter.write(Self.handDraft(), options: .init(published: Self.published, sourceName: "Example Wire"))
        let parsed = ModelParser.parseArticle(text, path: "a.md")
        #expect(parsed.diagnostics.isEmpty)
        let declaration = try #require(parsed.declaration)
        #expect(declaration.title == "Harbour talks stall")
        #expect(declaration.actors.map(\.id.value) == ["maria-lopez", "dockers-union", "port-authority", "northport"])
        #expect(declaration.places.map(\.id.value) == ["northport"])
        #expect(declaration.events.first?.participants.map(\.actor.value) == ["maria-lopez", "port-authority"])
        #expect(declaration.quotes.count == 1)
        #expect(declaration.disputes.first?.positions.map(\.source.first?.value.description) == ["p2.s1", "p2.s2"])
        let items: [Bool?] = declaration.actors.map(\.reviewed) + declaration.places.map(\.reviewed) + declaration.events.map(\.reviewed)
            + declaration.quotes.map(\.reviewed) + declaration.figures.map(\.reviewed)
        #expect(items.allSatisfy { $0 == false })

        let paragraphs = [Paragraph(number: 1, line: 1, text: "Talks between Maria Lopez and the Port Authority stalled in Northport on Wednesday."),
                          Paragraph(number: 2, line: 3, text: "\"We came to talk,\" Lopez said. The authority denied any plan to cut night shifts.")]
        let graph = BriefingGraph.build(config: SiteConfig(title: "T"), articles: [
            ArticleInput(id: "a", path: "a.md", declaration: declaration, body: "", paragraphs: paragraphs),
        ], definitions: Definitions())
        #expect(graph.diagnostics.isEmpty, "\(graph.diagnostics)")
        #expect(graph.briefing.unreviewed.count == 11)
    }

    /// Text that YAML would read as a bool, null, number or merge key comes back as the same text.
    @Test(arguments: ["yes", "No", "on", "OFF", "true", "null", "Null", "~", "<<", "=", "2024", "-1", ".5", "1e3", "Norway", "offshore", "~ish"])
    func scalarsReadBackAsTheSameText(_ words: String) throws {
        var draft = Self.handDraft()
        draft.quotes = [DraftQuote(speaker: "Maria Lopez", text: words, source: SourceRef(paragraph: 3, sentence: 1))]
        let text = try ArticleWriter.write(draft, options: .init(published: Self.published))
        let parsed = ModelParser.parseArticle(text, path: "a.md")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        #expect(parsed.declaration?.quotes.first?.text == words)
    }

    @Test func bodyKeepsParagraphsAndSubheadings() throws {
        let text = try ArticleWriter.write(Self.handDraft(), options: .init(published: Self.published))
        let body = text.components(separatedBy: "---\n").last ?? ""
        #expect(body == "Talks between Maria Lopez and the Port Authority stalled in Northport on Wednesday.\n\n## Night shifts\n\n\"We came to talk,\" Lopez said. The authority denied any plan to cut night shifts.\n")
    }

    @Test func markdownInTheTextIsEscaped() {
        #expect(MarkdownBody.escape("1. Not a list *and* <b>not html</b> # x") == "1\\. Not a list \\*and\\* \\<b\\>not html\\</b\\> # x")
        #expect(MarkdownBody.escape("# not a heading") == "\\# not a heading")
    }

    /// Re-importing keeps what a person reviewed or added, and their edits.
    @Test func reimportKeepsReviewedItems() throws {
        let first = try ArticleWriter.write(Self.handDraft(), options: .init(published: Self.published))
        var edited = first.replacingOccurrences(of: "name: Maria Lopez\n  kind: person\n  role: union leader", with: "name: María López\n  kind: person\n  role: union leader")
        edited = edited.replacingOccurrences(of: "affiliation: dockers-union\n  aliases: [Lopez]\n  reviewed: false", with: "affiliation: dockers-union\n  aliases: [Lopez]\n  reviewed: true")
        #expect(edited != first)
        let existing = try #require(ModelParser.parseArticle(edited, path: "a.md").declaration)
        let second = try ArticleWriter.write(Self.handDraft(), options: .init(published: Self.published), keeping: existing)
        let declaration = try #require(ModelParser.parseArticle(second, path: "a.md").declaration)
        let lopez = try #require(declaration.actors.first { $0.id.value == "maria-lopez" })
        #expect(lopez.name == "María López")
        #expect(lopez.reviewed == true)
        #expect(declaration.actors.filter { $0.id.value.hasPrefix("maria-lopez") }.count == 1)
        #expect(declaration.actors.count == 4)
    }
}

@Suite struct ArticleImporterTests {
    static func request(_ data: Data, force: Bool = false, site: URL? = nil) -> ArticleImporter.Request {
        ArticleImporter.Request(input: "in.txt", text: data, site: site ?? FileManager.default.temporaryDirectory.appendingPathComponent("briefing-import-\(UUID().uuidString)"),
                                options: .init(published: BriefingDate(year: 2024, month: 1, day: 1)), force: force)
    }

    @Test(arguments: [
        (Data(), "in.txt: the text is empty"),
        (Data([0x00, 0x01, 0x02, 0xFF, 0x10]), "in.txt: not UTF-8 text (a binary file?); convert it to UTF-8 first"),
        (Data([0x48, 0x69, 0xC3, 0x28]), "in.txt: not UTF-8 text (a binary file?); convert it to UTF-8 first"),
        (Data("  \n\n 123 . , \n".utf8), "in.txt: the text has no words"),
    ])
    func badInputIsAClearError(_ data: Data, _ message: String) {
        #expect(throws: ArticleImporter.Failure.self) { try ArticleImporter.draft(Self.request(data)) }
        do { _ = try ArticleImporter.draft(Self.request(data)) } catch { #expect(error.description == message) }
    }

    @Test func textWithoutNamesOrQuotesGivesAValidEmptyDraft() throws {
        let result = try ArticleImporter.draft(Self.request(Data("it rained all day. nobody came.\n".utf8)))
        let parsed = ModelParser.parseArticle(result.contents, path: "a.md")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.declaration?.actors.isEmpty == true)
    }

    @Test func hugeTextIsAClearError() {
        let text = String(repeating: "The minister said talks would resume.\n", count: 5_000_000 / 38)
        do {
            _ = try ArticleImporter.draft(Self.request(Data(text.utf8)))
            Issue.record("a 5 MB text was accepted")
        } catch {
            #expect(error.description == "in.txt: the text is 5.0 MB; one article is at most 2 MB — split it into articles")
        }
    }

    @Test func longTextDraftsWithoutCrashing() throws {
        let paragraph = "The minister said on Tuesday that talks with the union would resume in Northport next week, after 1,200 workers walked out.\n"
        let text = String(repeating: paragraph, count: 200_000 / paragraph.utf8.count)
        let result = try ArticleImporter.draft(Self.request(Data(text.utf8)))
        #expect(ModelParser.parseArticle(result.contents, path: "a.md").diagnostics.isEmpty)
    }

    @Test func existingFileIsNotReplacedWithoutForce() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let data = Data("Talks resume\n\nThe talks resumed on Monday.\n".utf8)
        let first = try ArticleImporter.draft(Self.request(data, site: site))
        try ArticleImporter.write(first)
        #expect(first.path.lastPathComponent == "talks-resume.md")
        #expect(throws: ArticleImporter.Failure.self) { try ArticleImporter.draft(Self.request(data, site: site)) }
        let again = try ArticleImporter.draft(Self.request(data, force: true, site: site))
        #expect(again.path == first.path)
    }
}
