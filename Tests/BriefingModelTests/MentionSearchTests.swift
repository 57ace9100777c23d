@testable import BriefingModel
import Testing

/// The merge searches articles for actor mentions on every core; what it finds, and the
/// order of each actor's mentions, must be what one search after another finds.
@Suite struct MentionSearchTests {
    @Test func aConcurrentMapKeepsTheInputOrder() {
        let numbers = Array(0..<5_000)
        #expect(concurrentMap(numbers) { $0 * 3 } == numbers.map { $0 * 3 })
        #expect(concurrentMap([7]) { $0 + 1 } == [8])
        #expect(concurrentMap([Int]()) { $0 }.isEmpty)
    }

    @Test func mentionsAreInArticleThenParagraphOrderWhicheverCoreFoundThem() {
        let actors = [actor("ana", "Ana Ruiz", aliases: ["the minister"]), actor("port", "Port Authority")]
        let texts = ["Ana Ruiz spoke.", "The Port Authority replied.", "Nobody else spoke.", "The minister and the Port Authority met."]
        let articles = (0..<300).map { number in
            // Each article lists both actors but mentions them in its own paragraphs.
            let paragraphs = (0..<4).map { Paragraph(number: $0 + 1, line: $0 * 2 + 1, text: texts[(number + $0) % texts.count]) }
            return Article(id: "a\(number)", path: "articles/a\(number).md", title: "A\(number)", published: BriefingDate(year: 2024),
                           draft: false, body: "", paragraphs: paragraphs, actorIDs: ["ana", "port"], placeIDs: [], eventIDs: [], disputeIDs: [])
        }
        var expected: [String: [Citation]] = [:]
        for article in articles {
            for paragraph in article.paragraphs {
                if paragraph.text.contains("Ana Ruiz") || paragraph.text.contains("The minister") {
                    expected["ana", default: []].append(Citation(article: article.id, ref: SourceRef(paragraph: paragraph.number)))
                }
                if paragraph.text.contains("Port Authority") {
                    expected["port", default: []].append(Citation(article: article.id, ref: SourceRef(paragraph: paragraph.number)))
                }
            }
        }
        let found = Merger.mentions(in: articles, actors: actors, known: .init())
        #expect(found.searched == 300)
        #expect(found.byActor == expected)
    }

    private func actor(_ id: String, _ name: String, aliases: [String] = []) -> Actor {
        Actor(id: id, name: name, kind: .person, role: nil, affiliation: nil, aliases: aliases, description: nil, wikidata: nil,
              articleIDs: [], mentions: [])
    }
}
