@testable import BriefingSite
import Testing

@Suite struct LinkTableTests {
    /// Where a string's bytes live: equal for two copies that share one storage.
    static func storage(of text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func equalLinksFromTwoPagesShareOneStorage() {
        let table = LinkTable()
        let html = "<a href=\"../articles/harbour-deal.html#p3\">¶3</a> <a href=\"../index.html\">Home</a>"
        let first = HTMLScanner.scan(html, sharing: table)
        let second = HTMLScanner.scan(html, sharing: table)
        #expect(first.links == ["../articles/harbour-deal.html#p3", "../index.html"])
        #expect(second.links == first.links)
        #expect(Self.storage(of: first.links[0]) == Self.storage(of: second.links[0]))
        // A scan without the table makes its own copy.
        let alone = HTMLScanner.scan(html)
        #expect(alone.links == first.links)
        #expect(Self.storage(of: alone.links[0]) != Self.storage(of: first.links[0]))
        // The short link is held inline by the string itself, so the table keeps only one.
        #expect(table.count == 1)
    }

    @Test func distinctLinksStayDistinctAcrossShards() {
        let table = LinkTable(shards: 3)
        let links = (1...200).map { "../articles/article-\($0).html#p\($0 % 7)" }
        let shared = links.map(table.shared)
        #expect(shared == links)
        #expect(table.count == 200)
        #expect(links.map(table.shared) == links)
        #expect(table.count == 200)
    }
}
