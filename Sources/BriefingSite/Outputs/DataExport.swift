import BriefingModel
import Foundation

/// The merged model for other programs: `data/briefing.json` (described by
/// `data/briefing.schema.json`, written by `writeModel` straight into the new tree),
/// `data/timeline.json` for TimelineJS, and CSV files of events and dispute positions.
enum DataExport {
    static let modelPath = "data/briefing.json"

    /// The export's other files, small enough to hold.
    static func files(for briefing: Briefing) -> [String: Data] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var files: [String: Data] = [:]
        files["data/timeline.json"] = timeline(briefing, encoder: encoder)
        files[Previews.path] = Previews.json(for: briefing)
        files["data/events.csv"] = Data(CSV.table(
            ["id", "title", "start", "end", "precision", "place", "participants", "sources"],
            briefing.events.map { event in
                [event.id, event.title, event.date?.start.iso ?? "", event.date?.end?.iso ?? "", event.date?.start.precision.rawValue ?? "",
                 event.place ?? "", event.participants.map(\.actor).joined(separator: " "),
                 event.citations.map { "\($0.article)#\($0.ref)" }.joined(separator: " ")]
            }).utf8)
        files["data/positions.csv"] = Data(CSV.table(
            ["dispute", "question", "actor", "stance", "claim", "evidence", "sources"],
            briefing.disputes.flatMap { dispute in
                dispute.positions.map { position in
                    [dispute.id, dispute.question, position.actor, position.stance.rawValue, position.claim, position.evidence ?? "",
                     position.citations.map { "\($0.article)#\($0.ref)" }.joined(separator: " ")]
                }
            }).utf8)
        if let schema = Bundle.module.url(forResource: "briefing.schema", withExtension: "json").flatMap({ try? Data(contentsOf: $0) }) {
            files["data/briefing.schema.json"] = schema
        }
        return files
    }

    /// `data/briefing.json`, written to `url` as it is made. Keys in each object are in
    /// `JSONEncoder`'s sorted order (case-insensitive), so the bytes are those it wrote.
    @discardableResult
    static func writeModel(_ briefing: Briefing, to url: URL) throws -> ModelLayout {
        var layout = ModelLayout()
        try JSONStream.write(to: url, pretty: true) { layout = writeModel(briefing, to: &$0) }
        return layout
    }

    /// Where each actor's and each article's object lies in `data/briefing.json`, so that a
    /// rebuild after article bodies alone changed writes only the objects that can differ
    /// (those articles, and the actors they list, whose mentions they hold) and copies the
    /// rest from the last build's file (`spliceModel`).
    struct ModelLayout: Sendable, Equatable {
        struct Span: Sendable, Equatable {
            var id: String
            var start: Int
            var end: Int
        }
        var actors: [Span] = []
        var articles: [Span] = []
    }

    /// The depth of an actor's or article's object in the file: in the top object's arrays.
    private static let itemDepth = 2

    @discardableResult
    static func writeModel(_ briefing: Briefing, to stream: inout JSONStream) -> ModelLayout {
        let urls = SiteURLs(from: modelPath)
        var layout = ModelLayout()
        stream.object { stream in
            stream.key("actors")
            stream.array(briefing.actors) { stream, actor in
                let start = stream.offset
                write(actor, urls: urls, to: &stream)
                layout.actors.append(.init(id: actor.id, start: start, end: stream.offset))
            }
            stream.key("articles")
            stream.array(briefing.articles) { stream, article in
                let start = stream.offset
                write(article, urls: urls, to: &stream)
                layout.articles.append(.init(id: article.id, start: start, end: stream.offset))
            }
            writeRest(briefing, urls: urls, to: &stream)
        }
        return layout
    }

    /// `data/briefing.json` made from `previous`, the last build's file laid out as
    /// `layout`: the objects of `actors` and `articles` are written from the model, every
    /// other byte is copied. nil, with nothing written, when the layout does not fit the
    /// briefing's lists or the file; the caller then writes the file whole.
    static func spliceModel(_ briefing: Briefing, previous: URL, layout: ModelLayout, actors: Set<String>, articles: Set<String>,
                            to url: URL) throws -> (layout: ModelLayout, written: Int)? {
        guard layout.actors.map(\.id) == briefing.actors.map(\.id), layout.articles.map(\.id) == briefing.articles.map(\.id),
              let old = try? FileHandle(forReadingFrom: previous) else { return nil }
        defer { try? old.close() }
        guard let size = (try? old.seekToEnd()).flatMap({ Int(exactly: $0) }) else { return nil }
        let spans = layout.actors + layout.articles
        var position = 0
        for span in spans {
            guard span.start >= position, span.end >= span.start else { return nil }
            position = span.end
        }
        guard position <= size else { return nil }

        let urls = SiteURLs(from: modelPath)
        var next = ModelLayout()
        var written = 0
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var copied = 0  // bytes of `old` written or replaced
        var shift = 0   // new offset minus old offset
        func move(_ span: ModelLayout.Span, anew: ((inout JSONStream) -> Void)?) throws -> ModelLayout.Span {
            guard let anew else { return .init(id: span.id, start: span.start + shift, end: span.end + shift) }
            try copy(copied..<span.start, of: old, to: handle)
            copied = span.end
            var stream = JSONStream(pretty: true, depth: itemDepth) { try handle.write(contentsOf: $0) }
            anew(&stream)
            try stream.finish()
            written += 1
            let moved = ModelLayout.Span(id: span.id, start: span.start + shift, end: span.start + shift + stream.offset)
            shift += stream.offset - (span.end - span.start)
            return moved
        }
        for (span, actor) in zip(layout.actors, briefing.actors) {
            next.actors.append(try move(span, anew: actors.contains(actor.id) ? { write(actor, urls: urls, to: &$0) } : nil))
        }
        for (span, article) in zip(layout.articles, briefing.articles) {
            next.articles.append(try move(span, anew: articles.contains(article.id) ? { write(article, urls: urls, to: &$0) } : nil))
        }
        try copy(copied..<size, of: old, to: handle)
        return (next, written)
    }

    /// Appends `range` of `source` to `target`: in the kernel (`copy_file_range`) where it
    /// can, else read and written.
    private static func copy(_ range: Range<Int>, of source: FileHandle, to target: FileHandle) throws {
        var offset = Int64(range.lowerBound)
        var left = range.count
        // Swift's Glibc module does not declare copy_file_range (glibc 2.27+), so look it up.
        typealias CopyFileRange = @convention(c) (Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?, Int, UInt32) -> Int
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "copy_file_range") {
            let copyFileRange = unsafeBitCast(symbol, to: CopyFileRange.self)
            while left > 0 {
                let done = copyFileRange(source.fileDescriptor, &offset, target.fileDescriptor, nil, left, 0)
                guard done > 0 else { break }
                left -= done
            }
        }
        guard left > 0 else { return }
        try source.seek(toOffset: UInt64(offset))
        guard let data = try source.read(upToCount: left), data.count == left else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: "data/briefing.json"])
        }
        try target.write(contentsOf: data)
    }

    private static func write(_ citations: [Citation], as name: String, urls: SiteURLs, to stream: inout JSONStream) {
        stream.key(name)
        stream.array(citations) { stream, citation in
            stream.object { stream in
                stream.member("article", citation.article)
                stream.member("paragraph", citation.ref.paragraph)
                stream.member("sentence", citation.ref.sentence)
                stream.member("url", urls.citation(citation))
            }
        }
    }

    private static func write(_ actor: Actor, urls: SiteURLs, to stream: inout JSONStream) {
        stream.object { stream in
            stream.member("affiliation", actor.affiliation)
            stream.member("aliases", actor.aliases)
            stream.member("articles", actor.articleIDs)
            stream.member("description", actor.description)
            stream.member("id", actor.id)
            stream.member("kind", actor.kind.rawValue)
            write(actor.mentions, as: "mentions", urls: urls, to: &stream)
            stream.member("name", actor.name)
            stream.member("reviewed", actor.reviewed)
            stream.member("role", actor.role)
            stream.member("url", urls.actor(actor.id))
            stream.member("wikidata", actor.wikidata)
        }
    }

    private static func write(_ article: Article, urls: SiteURLs, to stream: inout JSONStream) {
        stream.object { stream in
            stream.member("actors", article.actorIDs)
            stream.member("byline", article.byline)
            stream.member("disputes", article.disputeIDs)
            stream.member("events", article.eventIDs)
            stream.member("id", article.id)
            stream.key("paragraphs")
            stream.array(article.paragraphs) { stream, paragraph in
                stream.object { stream in
                    stream.member("number", paragraph.number)
                    stream.member("text", paragraph.text)
                }
            }
            stream.member("places", article.placeIDs)
            stream.member("published", article.published.iso)
            stream.member("source", article.sourceName)
            stream.member("sourceURL", article.sourceURL)
            stream.member("summary", article.summary)
            stream.member("title", article.title)
            stream.member("url", urls.article(article.id))
        }
    }

    /// The top object's members after `articles`, which no body edit changes.
    private static func writeRest(_ briefing: Briefing, urls: SiteURLs, to stream: inout JSONStream) {
        func citations(_ name: String, _ list: [Citation], in stream: inout JSONStream) {
            write(list, as: name, urls: urls, to: &stream)
        }
        stream.key("disputes")
        stream.array(briefing.disputes) { stream, dispute in
            stream.object { stream in
                stream.member("description", dispute.description)
                stream.member("id", dispute.id)
                stream.key("positions")
                stream.array(dispute.positions) { stream, position in
                    stream.object { stream in
                        stream.member("actor", position.actor)
                        stream.member("claim", position.claim)
                        stream.member("evidence", position.evidence)
                        stream.member("reviewed", position.reviewed)
                        citations("sources", position.citations, in: &stream)
                        stream.member("stance", position.stance.rawValue)
                    }
                }
                stream.member("question", dispute.question)
                stream.member("reviewed", dispute.reviewed)
                stream.member("status", dispute.status.rawValue)
                stream.member("url", urls.dispute(dispute.id))
            }
        }
        stream.key("events")
        stream.array(briefing.events) { stream, event in
            stream.object { stream in
                stream.member("description", event.description)
                stream.member("end", event.date?.end?.iso)
                stream.member("id", event.id)
                stream.key("participants")
                stream.array(event.participants) { stream, participant in
                    stream.object { stream in
                        stream.member("actor", participant.actor)
                        stream.member("role", participant.role)
                    }
                }
                stream.member("place", event.place)
                stream.member("precision", event.date?.start.precision.rawValue)
                stream.member("reviewed", event.reviewed)
                citations("sources", event.citations, in: &stream)
                stream.member("start", event.date?.start.iso)
                stream.member("title", event.title)
                stream.member("url", urls.event(event.id))
            }
        }
        stream.key("figures")
        stream.array(briefing.figures) { stream, figure in
            stream.object { stream in
                stream.member("about", figure.about)
                stream.member("reviewed", figure.reviewed)
                citations("sources", figure.citations, in: &stream)
                stream.member("unit", figure.unit)
                stream.member("value", figure.value)
            }
        }
        stream.key("places")
        stream.array(briefing.places) { stream, place in
            stream.object { stream in
                stream.member("aliases", place.aliases)
                stream.member("articles", place.articleIDs)
                stream.member("country", place.country)
                stream.member("id", place.id)
                stream.member("kind", place.kind.rawValue)
                stream.member("name", place.name)
                stream.member("reviewed", place.reviewed)
                stream.member("url", urls.place(place.id))
            }
        }
        stream.key("quotes")
        stream.array(briefing.quotes) { stream, quote in
            stream.object { stream in
                stream.member("reviewed", quote.reviewed)
                citations("sources", quote.citations, in: &stream)
                stream.member("speaker", quote.speaker)
                stream.member("text", quote.text)
                stream.member("via", quote.via)
            }
        }
        stream.key("site")
        stream.object { stream in
            stream.member("baseURL", briefing.config.baseURL)
            stream.member("description", briefing.config.description)
            stream.member("language", briefing.config.language)
            stream.member("title", briefing.config.title)
        }
    }

    /// TimelineJS's JSON format: dated events only, with the precision they have.
    static func timeline(_ briefing: Briefing, encoder: JSONEncoder) -> Data {
        struct Text: Encodable { var headline: String; var text: String? }
        struct Moment: Encodable {
            var year: String, month: String?, day: String?
            init(_ date: BriefingDate) {
                year = String(date.year)
                month = date.month.map(String.init)
                day = date.day.map(String.init)
            }
        }
        struct Slide: Encodable {
            var unique_id: String
            var start_date: Moment
            var end_date: Moment?
            var text: Text
            var group: String?
        }
        struct Timeline: Encodable { var title: Slide?; var events: [Slide] }
        struct TitleSlide: Encodable { var text: Text }
        let events = briefing.events.compactMap { event -> Slide? in
            guard let date = event.date else { return nil }
            return Slide(unique_id: event.id, start_date: Moment(date.start), end_date: date.end.map(Moment.init),
                         text: Text(headline: event.title, text: event.description), group: event.place.flatMap { briefing.place($0)?.name })
        }
        struct File: Encodable { var title: TitleSlide; var events: [Slide] }
        let file = File(title: TitleSlide(text: Text(headline: briefing.config.title, text: briefing.config.description)), events: events)
        return (try? encoder.encode(file)) ?? Data()
    }
}

/// RFC 4180 CSV. A cell that a spreadsheet would run as a formula (=, +, -, @ first) is
/// prefixed with an apostrophe.
enum CSV {
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
