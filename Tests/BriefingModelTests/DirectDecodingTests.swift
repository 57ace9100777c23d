import Foundation
import Testing
import Yams
@testable import BriefingModel

/// The direct decoder (`DirectlyDecodable`) must make exactly the value Codable's
/// `init(from:)` makes, and must give up (nil) on every item for which Codable reports
/// anything, so that every diagnostic still comes from `init(from:)`.
@Suite struct DirectDecodingTests {
    /// Items written the usual ways: flow and block style, bare ids, quoting, lists or single values.
    static let usual = """
        title: "  The harbour council votes on the new ferry line  "
        published: 2031-04-02
        source: { name: Coastal Ledger, url: https://example.org/ferry }
        byline: A. Writer
        summary: The council split over the cost.
        draft: false
        actors:
          - marta-olsen
          - { id: harbour-council, name: Harbour Council, kind: organization, aliases: [the council, HC] }
          - id: marta-olsen
            name: Marta Olsen
            kind: person
            role: "Mayor "
            affiliation: harbour-council
            aliases: Olsen
            description: Chairs the council.
            wikidata: Q1
            reviewed: true
        places:
          - { id: north-pier, name: North Pier, kind: city, country: harbour-council, aliases: [the pier] }
          - north-pier
        events:
          - id: ferry-vote
            title: Council votes on the ferry line
            date: 2031-03-30
            end: 2031-04-01
            place: north-pier
            participants: [marta-olsen, { actor: harbour-council, role: host }]
            source: [p1, p2.s1]
          - { id: ferry-opening, title: The ferry line opens, date: 2031, source: p3 }
          - { id: ferry-talks, title: Talks on the ferry line, date: 2030-05/2030-06, source: " p2 " }
          - ferry-vote
        disputes:
          - id: ferry-cost
            question: Is the ferry line worth its cost?
            status: open
            positions:
              - { actor: marta-olsen, stance: asserts, claim: It pays for itself., source: [p2] }
              - actor: harbour-council
                stance: questions
                claim: The figures are old.
                evidence: A report from last year.
                source: p3
                reviewed: false
        quotes:
          - { speaker: marta-olsen, via: harbour-council, text: "We will build it.", source: [p1] }
        figures:
          - { value: "12", unit: million crowns, about: cost of the line, source: p2 }
          - { value: "3", about: ferries, source: [p3] }
        """

    /// Items that Codable reports on or reads in an unusual way: each must be left to it.
    static let unusual = """
        title: ""
        published: 2031
        colour: blue
        actors:
          - { id: marta-olsen, name: Marta Olsen, kind: mayor }
          - { id: harbour-council, nmae: Harbour Council }
          - { id: x, name: "   " }
          - { id: y, reviewed: maybe }
          - [a, b]
        places:
          - { id: p, aliases: { a: b } }
        events:
          - { id: e1, end: 2031-01-01 }
          - { id: e2, date: 2031-13-01 }
          - { id: e3, date: 2031-02-01, end: 2031-01-01 }
          - { id: e4, date: 2031-01/2031-02, end: 2031-03 }
          - { id: e5, participants: [{ who: a }] }
          - { id: e6, participants: a }
          - { id: e7, source: [q1] }
          - { !!int 5: x }
        disputes:
          - { id: d1, positions: [{ actor: a, claim: c, source: p1 }] }
          - { id: d2, status: closed }
        quotes:
          - { speaker: a, text: t }
          - { text: t, source: p1 }
          - plain
        figures:
          - { value: "", about: a, source: p1 }
          - { value: "1", about: a, source: [] }
        """

    static func root(_ yaml: String) throws -> Node {
        let composed = try YAMLDocument.compose(yaml, path: "a.md", firstLine: 2).get()
        return try #require(composed)
    }

    static func items(_ root: Node, _ section: String) -> [Node] {
        root[section].flatMap { $0.sequence.map(Array.init) } ?? []
    }

    static let context = DirectContext(path: "a.md", firstLine: 2)

    /// Direct and Codable decoding of every item of a section, side by side.
    static func compare<T: Decodable & DirectlyDecodable & Equatable>(_ type: T.Type, _ nodes: [Node]) -> [(direct: T?, codable: T?, diagnostics: [Diagnostic])] {
        nodes.map { node in
            let codable = DecodingContext.decode(type, from: node, path: "a.md", firstLine: 2)
            return (T.direct(node, in: context), codable.value, codable.diagnostics)
        }
    }

    @Test func usualItemsDecodeDirectlyToWhatCodableMakes() throws {
        let root = try Self.root(Self.usual)
        func check<T: Decodable & DirectlyDecodable & Equatable>(_ type: T.Type, _ section: String) {
            let results = Self.compare(type, Self.items(root, section))
            #expect(!results.isEmpty)
            for result in results {
                #expect(result.diagnostics.isEmpty)
                #expect(result.direct != nil)
                #expect(result.direct == result.codable)
            }
        }
        check(ActorDeclaration.self, "actors")
        check(PlaceDeclaration.self, "places")
        check(EventDeclaration.self, "events")
        check(DisputeDeclaration.self, "disputes")
        check(QuoteDeclaration.self, "quotes")
        check(FigureDeclaration.self, "figures")

        let header = DecodingContext.decode(ArticleHeader.self, from: root, path: "a.md", firstLine: 2)
        let direct = try #require(ArticleHeader.direct(root, in: Self.context))
        let codable = try #require(header.value)
        #expect(header.diagnostics.isEmpty)
        #expect(direct.title == codable.title && direct.published == codable.published && direct.source == codable.source)
        #expect(direct.byline == codable.byline && direct.summary == codable.summary && direct.draft == codable.draft)
    }

    @Test func itemsCodableReportsOnAreLeftToIt() throws {
        let root = try Self.root(Self.unusual)
        func check<T: Decodable & DirectlyDecodable & Equatable>(_ type: T.Type, _ section: String) {
            for result in Self.compare(type, Self.items(root, section)) {
                #expect(!result.diagnostics.isEmpty)
                #expect(result.direct == nil)
            }
        }
        check(ActorDeclaration.self, "actors")
        check(PlaceDeclaration.self, "places")
        check(EventDeclaration.self, "events")
        check(DisputeDeclaration.self, "disputes")
        check(QuoteDeclaration.self, "quotes")
        check(FigureDeclaration.self, "figures")
        #expect(ArticleHeader.direct(root, in: Self.context) == nil)
    }

    @Test func trimmingMatchesFoundation() {
        for text in ["plain", " lead", "trail ", "\ttab\n", "", " ", "é ", "a\u{00A0}", "\u{2003}b", "x"] {
            #expect(trimmed(text, .whitespaces) == text.trimmingCharacters(in: .whitespaces))
            #expect(trimmed(text, .whitespacesAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
