import BriefingModel
import Foundation

/// `BuildCache` as bytes: a table of the distinct strings (paths, links and ids repeat
/// across pages), then every page and graph with numbers and string indices. Loading is
/// one pass over the bytes; anything malformed makes the whole cache unusable (nil).
///
/// A rebuild writes the file again with the last one's string table first, so a page kept
/// with the links and ids it had is copied as the bytes it was (`Previous`): hashing every
/// link of every page into a new table was most of writing the file. Strings no page uses any
/// more stay in the table until it has grown by half since it was last made afresh.
enum BuildCacheFile {
    private static let magic = Array("briefing build cache\n".utf8)

    /// The file a cache was decoded from: its strings, and where each page's links and ids lie in it.
    struct Previous: Sendable {
        var bytes: Data
        var strings: [String]
        /// How many strings the table had when it was last made afresh.
        var freshCount: Int
        var pages: [String: PageSpan]
    }

    struct PageSpan: Sendable {
        var links: [String]
        var ids: [String]
        /// Offsets in `bytes`, counted from its first byte.
        var bytes: Range<Int>
    }

    static func encode(_ cache: BuildCache) -> Data { encodeCounting(cache).data }

    /// The file, and how many pages' links and ids were copied from the previous file.
    static func encodeCounting(_ cache: BuildCache) -> (data: Data, copiedPages: Int) {
        let previous = cache.previousFile.flatMap { $0.strings.count * 2 <= $0.freshCount * 3 ? $0 : nil }
        var strings = previous?.strings ?? []
        var table: [String: Int] = [:]
        table.reserveCapacity(strings.count)
        for (index, text) in strings.enumerated() { table[text] = table[text] ?? index }
        var body = ByteWriter()
        var copiedPages = 0
        func string(_ text: String) {
            if let index = table[text] { return body.varint(index) }
            table[text] = strings.count
            body.varint(strings.count)
            strings.append(text)
        }
        func stamp(_ stamp: BuildCache.FileStamp) {
            body.word(UInt64(stamp.size))
            body.word(stamp.modified.bitPattern)
            body.word(stamp.inode)
        }
        body.varint(cache.graphs.count)
        for path in cache.graphs.keys.sorted() {
            guard let entry = cache.graphs[path] else { continue }
            string(path)
            body.word(entry.fingerprint.value)
            stamp(entry.svg)
        }
        body.varint(cache.pages.count)
        for path in cache.pages.keys.sorted() {
            guard let entry = cache.pages[path] else { continue }
            string(path)
            body.word(entry.fingerprint.value)
            stamp(entry.html)
            stamp(entry.markdown)
            // Equal arrays sharing storage (a kept page's are the decoded ones) compare at once.
            if let previous, let span = previous.pages[path], span.links == entry.links, span.ids == entry.ids {
                previous.bytes.withUnsafeBytes { body.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[span.bytes])) }
                copiedPages += 1
                continue
            }
            body.varint(entry.links.count)
            for link in entry.links { string(link) }
            body.varint(entry.ids.count)
            for id in entry.ids { string(id) }
        }
        if let structure = cache.structure, let fileList = cache.fileList {
            body.varint(1)
            body.word(structure)
            body.word(fileList)
            body.varint(cache.articles.count)
            for name in cache.articles.keys.sorted() {
                string(name)
                body.word(cache.articles[name] ?? 0)
                body.word(cache.frontMatter[name] ?? 0)
            }
            body.varint(cache.derived.count)
            for path in cache.derived.keys.sorted() {
                string(path)
                stamp(cache.derived[path] ?? .init(size: 0, modified: 0, inode: 0))
            }
            if let model = cache.model {
                body.varint(1)
                stamp(model.file)
                for spans in [model.layout.actors, model.layout.articles] {
                    body.varint(spans.count)
                    for span in spans {
                        // Offsets in data/briefing.json: words, since a varint here is at most this file's size.
                        string(span.id)
                        body.word(UInt64(span.start))
                        body.word(UInt64(span.end))
                    }
                }
            } else {
                body.varint(0)
            }
            body.varint(cache.mentions.byArticle.count)
            for id in cache.mentions.byArticle.keys.sorted() {
                let list = cache.mentions.byArticle[id] ?? []
                string(id)
                body.varint(list.count)
                for mention in list {
                    string(mention.actor)
                    body.varint(mention.paragraph)
                }
            }
        } else {
            body.varint(0)
        }

        var head = ByteWriter()
        head.bytes = magic
        head.varint(cache.format)
        head.varint(cache.generation)
        head.string(cache.output)
        head.varint(previous?.freshCount ?? strings.count)
        head.varint(strings.count)
        for text in strings { head.string(text) }
        head.bytes += body.bytes
        return (Data(head.bytes), copiedPages)
    }

    static func decode(_ data: Data) -> BuildCache? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> BuildCache? in
            var reader = ByteReader(bytes: raw)
            guard reader.take(magic.count)?.elementsEqual(magic) == true,
                  let format = reader.varint(), let generation = reader.varint(), let output = reader.string(),
                  let freshCount = reader.varint(), let count = reader.varint() else { return nil }
            var strings: [String] = []
            strings.reserveCapacity(count)
            for _ in 0..<count {
                guard let text = reader.string() else { return nil }
                strings.append(text)
            }
            func string() -> String? {
                reader.varint().flatMap { strings.indices.contains($0) ? strings[$0] : nil }
            }
            func stamp() -> BuildCache.FileStamp? {
                guard let size = reader.word(), let modified = reader.word(), let inode = reader.word(),
                      let size = Int(exactly: size) else { return nil }
                return BuildCache.FileStamp(size: size, modified: Double(bitPattern: modified), inode: inode)
            }
            func list(_ count: Int) -> [String]? {
                var list: [String] = []
                list.reserveCapacity(count)
                for _ in 0..<count {
                    guard let text = string() else { return nil }
                    list.append(text)
                }
                return list
            }
            var cache = BuildCache(output: output)
            cache.format = format
            cache.generation = generation
            var spans: [String: PageSpan] = [:]
            guard let graphCount = reader.varint() else { return nil }
            for _ in 0..<graphCount {
                guard let path = string(), let print = reader.word(), let svg = stamp() else { return nil }
                cache.graphs[path] = .init(fingerprint: Fingerprint(value: print), svg: svg)
            }
            guard let pageCount = reader.varint() else { return nil }
            cache.pages.reserveCapacity(pageCount)
            for _ in 0..<pageCount {
                guard let path = string(), let print = reader.word(), let html = stamp(), let markdown = stamp() else { return nil }
                let start = reader.offset
                guard let linkCount = reader.varint(), let links = list(linkCount),
                      let idCount = reader.varint(), let ids = list(idCount) else { return nil }
                cache.pages[path] = .init(fingerprint: Fingerprint(value: print), html: html, markdown: markdown, links: links, ids: ids)
                spans[path] = PageSpan(links: links, ids: ids, bytes: start..<reader.offset)
            }
            guard let hasDigests = reader.varint() else { return nil }
            if hasDigests == 1 {
                guard let structure = reader.word(), let fileList = reader.word(), let articleCount = reader.varint() else { return nil }
                (cache.structure, cache.fileList) = (structure, fileList)
                cache.articles.reserveCapacity(articleCount)
                for _ in 0..<articleCount {
                    guard let name = string(), let digest = reader.word(), let frontMatter = reader.word() else { return nil }
                    cache.articles[name] = digest
                    cache.frontMatter[name] = frontMatter
                }
                guard let derivedCount = reader.varint() else { return nil }
                for _ in 0..<derivedCount {
                    guard let path = string(), let file = stamp() else { return nil }
                    cache.derived[path] = file
                }
                guard let hasModel = reader.varint() else { return nil }
                if hasModel == 1 {
                    guard let file = stamp() else { return nil }
                    var layout = DataExport.ModelLayout()
                    for list in [\DataExport.ModelLayout.actors, \DataExport.ModelLayout.articles] {
                        guard let count = reader.varint() else { return nil }
                        for _ in 0..<count {
                            guard let id = string(), let start = reader.word().flatMap({ Int(exactly: $0) }),
                                  let end = reader.word().flatMap({ Int(exactly: $0) }) else { return nil }
                            layout[keyPath: list].append(.init(id: id, start: start, end: end))
                        }
                    }
                    cache.model = .init(file: file, layout: layout)
                }
                guard let mentionArticles = reader.varint() else { return nil }
                cache.mentions.byArticle.reserveCapacity(mentionArticles)
                for _ in 0..<mentionArticles {
                    guard let id = string(), let count = reader.varint() else { return nil }
                    var list: [KnownMentions.Mention] = []
                    list.reserveCapacity(count)
                    for _ in 0..<count {
                        guard let actor = string(), let paragraph = reader.varint() else { return nil }
                        list.append(.init(actor: actor, paragraph: paragraph))
                    }
                    cache.mentions.byArticle[id] = list
                }
            }
            guard reader.atEnd, freshCount <= strings.count else { return nil }
            cache.previousFile = Previous(bytes: data, strings: strings, freshCount: freshCount, pages: spans)
            return cache
        }
    }
}
