import BriefingModel
import Foundation

/// `BuildCache` as bytes: a table of the distinct strings (paths, links and ids repeat
/// across pages), then every page and graph with numbers and string indices. Loading is
/// one pass over the bytes; anything malformed makes the whole cache unusable (nil).
///
/// A rebuild writes the file again with the last one's string table first, so a page kept
/// with the links and ids it had is copied as the bytes it was (`Previous`): hashing every
/// link of every page into a new table was most of writing the file. Strings no page uses any
/// more stay in the table until it has grown by half since it was last made afresh. The table's
/// strings are made into `String`s only when asked for (`Stored`, `CacheStringTable`).
enum BuildCacheFile {
    private static let magic = Array("briefing build cache\n".utf8)

    /// The file a cache was decoded from: its strings, and where each page's links and ids lie in it.
    struct Previous: Sendable {
        var file: Stored
        /// How many strings the table had when it was last made afresh.
        var freshCount: Int
        /// Where each page's links and ids lie in the file.
        var pages: [String: Range<Int>]
        var stringCount: Int { file.spans.count }
    }

    /// A decoded file's bytes and where its table's strings lie in them (checked to be UTF-8),
    /// shared by the page lists read from it.
    final class Stored: Sendable {
        let bytes: Data
        let spans: [Range<Int>]
        /// The table's strings as the file holds them: copied whole into the next file.
        let table: Range<Int>

        init(bytes: Data, spans: [Range<Int>], table: Range<Int>) {
            (self.bytes, self.spans, self.table) = (bytes, spans, table)
        }

        static func string(_ index: Int, spans: [Range<Int>], in raw: UnsafeRawBufferPointer) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: raw[spans[index]]), as: UTF8.self)
        }

        /// The links and ids at `range`, which `decode` checked are well formed.
        func lists(at range: Range<Int>) -> (links: [String], ids: [String]) {
            (links(at: range), ids(at: range))
        }

        func links(at range: Range<Int>) -> [String] { list(at: range, second: false) }

        /// Only the ids: every page's count for the link check, most pages' links do not.
        func ids(at range: Range<Int>) -> [String] { list(at: range, second: true) }

        private func list(at range: Range<Int>, second: Bool) -> [String] {
            bytes.withUnsafeBytes { raw in
                // Over the whole file: a varint is bounded by the size of the bytes read.
                var reader = ByteReader(bytes: raw)
                reader.offset = range.lowerBound
                if second {
                    for _ in 0..<(reader.varint() ?? 0) { _ = reader.varint() }
                }
                let count = reader.varint() ?? 0
                var list: [String] = []
                list.reserveCapacity(count)
                for _ in 0..<count { list.append(Self.string(reader.varint() ?? 0, spans: spans, in: raw)) }
                return list
            }
        }
    }

    static func encode(_ cache: BuildCache) -> Data { encodeCounting(cache).data }

    /// The file, and how many pages' links and ids were copied from the previous file.
    static func encodeCounting(_ cache: BuildCache) -> (data: Data, copiedPages: Int) {
        let (parts, copied) = encodeParts(cache)
        return (Data(parts.joined()), copied)
    }

    /// The file in two parts to write one after the other (tens of megabytes at 10,000 articles:
    /// joined, they were copied twice more), and how many pages' lists were copied.
    static func encodeParts(_ cache: BuildCache) -> (parts: [[UInt8]], copiedPages: Int) {
        let previous = cache.previousFile.flatMap { $0.stringCount * 2 <= $0.freshCount * 3 ? $0 : nil }
        return (previous?.file.bytes ?? Data()).withUnsafeBytes { encode(cache, previous: previous, bytes: $0) }
    }

    /// `bytes`: the previous file's, when its table is kept.
    private static func encode(_ cache: BuildCache, previous: Previous?, bytes previousBytes: UnsafeRawBufferPointer) -> (parts: [[UInt8]], copiedPages: Int) {
        var table = CacheStringTable(previous: previousBytes, spans: previous?.file.spans ?? [])
        var body = ByteWriter()
        body.bytes.reserveCapacity(previousBytes.count)
        var copiedPages = 0
        func string(_ text: String) { body.varint(table.index(of: text)) }
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
            // A kept page's lists are still where the last file holds them, and so are the
            // lists of a page made again with the same links and ids: copied as they are.
            if let previous {
                let span: Range<Int>? = switch entry.lists.storage {
                case .stored(let file, let bytes): file === previous.file ? bytes : nil
                case .values(let links, let ids):
                    previous.pages[path].flatMap { span in previous.file.lists(at: span) == (links, ids) ? span : nil }
                }
                if let span {
                    body.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: previousBytes[span]))
                    copiedPages += 1
                    continue
                }
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
        head.bytes.reserveCapacity(magic.count + 64 + cache.output.utf8.count + (previous?.file.table.count ?? 0) + table.added.bytes.count)
        head.bytes += magic
        head.varint(cache.format)
        head.varint(cache.generation)
        head.string(cache.output)
        head.varint(previous?.freshCount ?? table.count)
        head.varint(table.count)
        if let previous { head.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: previousBytes[previous.file.table])) }
        head.bytes += table.added.bytes
        return ([head.bytes, body.bytes], copiedPages)
    }

    /// Whether the task reading the cache was cancelled, asked now and then: a build that finds
    /// its output up to date stops the read it started beside the up-to-date check.
    private static func cancelled(_ index: Int) -> Bool {
        index & 1023 == 1023 && Task.isCancelled
    }

    /// Whether every string of the table is UTF-8: at once when the table's bytes are all ASCII
    /// (lengths included: the usual table of paths and ids), else one string at a time.
    private static func isUTF8(_ raw: UnsafeRawBufferPointer, table: Range<Int>, spans: [Range<Int>]) -> Bool {
        if UTF8Bytes.isASCII(UnsafeRawBufferPointer(rebasing: raw[table])) { return true }
        return spans.allSatisfy { UTF8Bytes.string(UnsafeRawBufferPointer(rebasing: raw[$0])) != nil }
    }

    static func decode(_ data: Data) -> BuildCache? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> BuildCache? in
            var reader = ByteReader(bytes: raw)
            guard reader.take(magic.count)?.elementsEqual(magic) == true,
                  let format = reader.varint(), let generation = reader.varint(), let output = reader.string(),
                  let freshCount = reader.varint(), let count = reader.varint() else { return nil }
            var spans: [Range<Int>] = []
            spans.reserveCapacity(count)
            let tableStart = reader.offset
            for index in 0..<count {
                guard let span = reader.field(), !cancelled(index) else { return nil }
                spans.append(span)
            }
            let table = tableStart..<reader.offset
            guard isUTF8(raw, table: table, spans: spans) else { return nil }
            // The strings decoded so far: an actor id is named by thousands of mentions.
            var decoded = [String?](repeating: nil, count: count)
            func string() -> String? {
                guard let index = reader.varint(), spans.indices.contains(index) else { return nil }
                if let known = decoded[index] { return known }
                let text = Stored.string(index, spans: spans, in: raw)
                decoded[index] = text
                return text
            }
            func stamp() -> BuildCache.FileStamp? {
                guard let size = reader.word(), let modified = reader.word(), let inode = reader.word(),
                      let size = Int(exactly: size) else { return nil }
                return BuildCache.FileStamp(size: size, modified: Double(bitPattern: modified), inode: inode)
            }
            /// Steps over a list of string indices, checking each, without making the strings.
            func skipList() -> Bool {
                guard let count = reader.varint() else { return false }
                for _ in 0..<count {
                    guard let index = reader.varint(), index < spans.count else { return false }
                }
                return true
            }
            var cache = BuildCache(output: output)
            let file = Stored(bytes: data, spans: spans, table: table)
            cache.format = format
            cache.generation = generation
            var pageSpans: [String: Range<Int>] = [:]
            guard let graphCount = reader.varint() else { return nil }
            for _ in 0..<graphCount {
                guard let path = string(), let print = reader.word(), let svg = stamp() else { return nil }
                cache.graphs[path] = .init(fingerprint: Fingerprint(value: print), svg: svg)
            }
            guard let pageCount = reader.varint() else { return nil }
            cache.pages.reserveCapacity(pageCount)
            for index in 0..<pageCount {
                guard let path = string(), let print = reader.word(), let html = stamp(), let markdown = stamp(), !cancelled(index) else { return nil }
                let start = reader.offset
                guard skipList(), skipList() else { return nil }
                let span = start..<reader.offset
                cache.pages[path] = .init(fingerprint: Fingerprint(value: print), html: html, markdown: markdown,
                                          lists: BuildCache.PageLists(stored: file, at: span))
                pageSpans[path] = span
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
            guard reader.atEnd, freshCount <= spans.count else { return nil }
            cache.previousFile = Previous(file: file, freshCount: freshCount, pages: pageSpans)
            return cache
        }
    }
}
