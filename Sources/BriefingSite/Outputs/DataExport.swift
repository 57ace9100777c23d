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
    static func writeModel(_ briefing: Briefing, to url: URL) throws {
        try JSONStream.write(to: url, pretty: true) { writeModel(briefing, to: &$0) }
    }

    static func writeModel(_ briefing: Briefing, to stream: inout JSONStream) {
        let urls = SiteURLs(from: modelPath)
        func citations(_ name: String, _ citations: [Citation], in stream: inout JSONStream) {
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
        stream.object { stream in
            stream.key("actors")
            stream.array(briefing.actors) { stream, actor in
                stream.object { stream in
                    stream.member("affiliation", actor.affiliation)
                    stream.member("aliases", actor.aliases)
                    stream.member("articles", actor.articleIDs)
                    stream.member("description", actor.description)
                    stream.member("id", actor.id)
                    stream.member("kind", actor.kind.rawValue)
                    citations("mentions", actor.mentions, in: &stream)
                    stream.member("name", actor.name)
                    stream.member("reviewed", actor.reviewed)
                    stream.member("role", actor.role)
                    stream.member("url", urls.actor(actor.id))
                    stream.member("wikidata", actor.wikidata)
                }
            }
            stream.key("articles")
            stream.array(briefing.articles) { stream, article in
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
