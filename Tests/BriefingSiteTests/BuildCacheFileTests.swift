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

    @Test func aTruncatedFileIsNoCache() {
        var cache = BuildCache(output: "/tmp/site/public")
        (cache.structure, cache.fileList) = (1, 2)
        cache.mentions = KnownMentions(byArticle: ["x": [.init(actor: "a", paragraph: 1)]])
        let bytes = BuildCacheFile.encode(cache)
        #expect(BuildCacheFile.decode(bytes) != nil)
        #expect(BuildCacheFile.decode(bytes.dropLast()) == nil)
    }
}
