import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

/// `build.bin` gives back what was saved, including what only a rebuild after body edits
/// reads: article digests, kept data files, the export's layout and the mentions.
@Suite struct BuildCacheFileTests {
    @Test func everyFieldRoundTrips() throws {
        let stamp = BuildCache.FileStamp(size: 12, modified: 1_700_000_000.25, inode: 42)
        var cache = BuildCache(output: "/tmp/site/public")
        cache.pages["index.html"] = .init(fingerprint: Fingerprint(value: 7), html: stamp, markdown: stamp,
                                          links: ["actors/a.html", "actors/a.html#x"], ids: ["top"])
        (cache.structure, cache.fileList) = (11, 13)
        cache.articles = ["a.md": 1, "b.md": 2]
        cache.frontMatter = ["a.md": 3, "b.md": 4]
        cache.derived = ["data/events.csv": stamp, "sitemap.xml": BuildCache.FileStamp(size: 1, modified: 2, inode: 3)]
        // Offsets into data/briefing.json, tens of megabytes on a large site: far past this file's size.
        let layout = DataExport.ModelLayout(actors: [.init(id: "a", start: 10, end: 50_000_000)],
                                            articles: [.init(id: "x", start: 50_000_002, end: 90_000_000_000)])
        cache.model = .init(file: stamp, layout: layout)
        cache.mentions = KnownMentions(byArticle: ["x": [.init(actor: "a", paragraph: 3), .init(actor: "b", paragraph: 300)], "y": []])

        let decoded = try #require(BuildCacheFile.decode(BuildCacheFile.encode(cache)))
        #expect(decoded.output == cache.output)
        #expect(decoded.pages["index.html"]?.links == ["actors/a.html", "actors/a.html#x"])
        #expect(decoded.pages["index.html"]?.html == stamp)
        #expect(decoded.structure == 11 && decoded.fileList == 13)
        #expect(decoded.articles == cache.articles)
        #expect(decoded.frontMatter == cache.frontMatter)
        #expect(decoded.derived == cache.derived)
        #expect(decoded.model?.layout == layout)
        #expect(decoded.model?.file == stamp)
        #expect(decoded.mentions == cache.mentions)
    }

    /// A rebuild's file copies kept pages' links and ids from the last file, and decodes to
    /// what a file written afresh decodes to; strings left unused are dropped once the table
    /// has grown by half.
    @Test func keptPagesAreCopiedAndTheTableIsRemadeWhenItGrows() throws {
        let stamp = BuildCache.FileStamp(size: 1, modified: 2, inode: 3)
        func page(_ links: [String]) -> BuildCache.Entry {
            .init(fingerprint: Fingerprint(value: UInt64(links.count)), html: stamp, markdown: stamp, links: links, ids: ["p1"])
        }
        var cache = BuildCache(output: "/tmp/site/public")
        cache.pages["a.html"] = page((1...10).map { "actors/\($0).html" })
        cache.pages["b.html"] = page(["first.html"])
        var previous = try #require(BuildCacheFile.decode(BuildCacheFile.encode(cache)))
        let freshCount = try #require(previous.previousFile?.stringCount)
        var remade = 0
        for edit in 1...20 {
            var next = BuildCache(output: cache.output)
            next.previousFile = previous.previousFile
            next.pages["a.html"] = previous.pages["a.html"]
            next.pages["b.html"] = page(["edit-\(edit).html"])  // the last edit's link is no longer used
            let (data, copied) = BuildCacheFile.encodeCounting(next)
            let decoded = try #require(BuildCacheFile.decode(data))
            var fresh = next
            fresh.previousFile = nil
            let reference = try #require(BuildCacheFile.decode(BuildCacheFile.encode(fresh)))
            for path in ["a.html", "b.html"] {
                #expect(decoded.pages[path]?.links == reference.pages[path]?.links)
                #expect(decoded.pages[path]?.ids == reference.pages[path]?.ids)
                #expect(decoded.pages[path]?.fingerprint == reference.pages[path]?.fingerprint)
            }
            let strings = try #require(decoded.previousFile?.stringCount)
            #expect(strings * 2 <= freshCount * 3 + 2)
            if copied == 0 { remade += 1 } else { #expect(copied == 1) }
            previous = decoded
        }
        #expect(remade > 0 && remade < 20)
    }

    /// Page lists are read from the file only when asked for, and a short list may name
    /// strings far down a long table.
    @Test func pageListsAreReadWhenAskedFor() throws {
        let stamp = BuildCache.FileStamp(size: 1, modified: 2, inode: 3)
        var cache = BuildCache(output: "/tmp/site/public")
        for page in 0..<400 {
            cache.pages["p\(page).html"] = .init(fingerprint: Fingerprint(value: 1), html: stamp, markdown: stamp,
                                                 links: ["l\(page).html", "l\(page).html#x"], ids: ["id\(page)"])
        }
        let decoded = try #require(BuildCacheFile.decode(BuildCacheFile.encode(cache)))
        for page in [0, 1, 250, 399] {
            let entry = try #require(decoded.pages["p\(page).html"])
            guard case .stored = entry.lists.storage else { Issue.record("p\(page) was decoded at once"); continue }
            #expect(entry.links == ["l\(page).html", "l\(page).html#x"])
            #expect(entry.ids == ["id\(page)"])
        }
    }

    /// Strings past ASCII, and longer than a one-byte length, are found in the last file's
    /// table and copied with it; a table whose bytes are not UTF-8 is no cache.
    @Test func tablesBeyondASCIIRoundTripAndBadUTF8IsNoCache() throws {
        let stamp = BuildCache.FileStamp(size: 1, modified: 2, inode: 3)
        let long = "actors/" + String(repeating: "zoë-", count: 40) + "x.html"
        var cache = BuildCache(output: "/tmp/site/public")
        cache.pages["actors/zoë.html"] = .init(fingerprint: Fingerprint(value: 1), html: stamp, markdown: stamp,
                                               links: [long, "../index.html"], ids: ["p1", "café"])
        cache.pages["index.html"] = .init(fingerprint: Fingerprint(value: 2), html: stamp, markdown: stamp, links: [long], ids: [])
        let first = try #require(BuildCacheFile.decode(BuildCacheFile.encode(cache)))
        var next = BuildCache(output: cache.output)
        next.previousFile = first.previousFile
        next.pages = first.pages
        next.pages["index.html"] = .init(fingerprint: Fingerprint(value: 3), html: stamp, markdown: stamp, links: [long, "actors/zoë.html"], ids: ["ñ"])
        let (data, copied) = BuildCacheFile.encodeCounting(next)
        #expect(copied == 1)
        let second = try #require(BuildCacheFile.decode(data))
        #expect(second.previousFile?.stringCount == (first.previousFile?.stringCount ?? 0) + 1)  // "ñ"; the link is the path the table holds
        #expect(second.pages["actors/zoë.html"]?.links == [long, "../index.html"])
        #expect(second.pages["actors/zoë.html"]?.ids == ["p1", "café"])
        #expect(second.pages["index.html"]?.links == [long, "actors/zoë.html"])
        #expect(second.pages["index.html"]?.ids == ["ñ"])

        var bytes = [UInt8](BuildCacheFile.encode(cache))
        let ë = Array("ë".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: ë) })
        bytes[at] = 0xFF
        #expect(BuildCacheFile.decode(Data(bytes)) == nil)
    }

    @Test func aTruncatedFileIsNoCache() {
        var cache = BuildCache(output: "/tmp/site/public")
        (cache.structure, cache.fileList) = (1, 2)
        cache.mentions = KnownMentions(byArticle: ["x": [.init(actor: "a", paragraph: 1)]])
        let bytes = BuildCacheFile.encode(cache)
        #expect(BuildCacheFile.decode(bytes) != nil)
        #expect(BuildCacheFile.decode(bytes.dropLast()) == nil)
    }
}
