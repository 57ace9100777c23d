import BriefingModel
import Foundation

/// The merged model for other programs: `data/briefing.json` (described by
/// `data/briefing.schema.json`), `data/timeline.json` for TimelineJS, and CSV files of
/// events and dispute positions.
enum DataExport {
    struct Model: Encodable {
        var site: Site
        var articles: [ArticleData]
        var actors: [ActorData]
        var places: [PlaceData]
        var events: [EventData]
        var disputes: [DisputeData]
        var quotes: [QuoteData]
        var figures: [FigureData]
    }

    struct Site: Encodable { var title: String; var description: String?; var language: String; var baseURL: String? }
    struct CitationData: Encodable { var article: String; var paragraph: Int; var sentence: Int?; var url: String }
    struct ParagraphData: Encodable { var number: Int; var text: String }
    struct ArticleData: Encodable {
        var id: String, title: String, published: String, url: String
        var source: String?, sourceURL: String?, byline: String?, summary: String?
        var actors: [String], places: [String], events: [String], disputes: [String]
        var paragraphs: [ParagraphData]
    }
    struct ActorData: Encodable {
        var id: String, name: String, kind: String, url: String
        var role: String?, affiliation: String?, aliases: [String], description: String?, wikidata: String?
        var articles: [String], mentions: [CitationData], reviewed: Bool
    }
    struct PlaceData: Encodable {
        var id: String, name: String, kind: String, url: String, country: String?, aliases: [String], articles: [String], reviewed: Bool
    }
    struct ParticipantData: Encodable { var actor: String; var role: String? }
    struct EventData: Encodable {
        var id: String, title: String, url: String, start: String?, end: String?, precision: String?
        var place: String?, participants: [ParticipantData], description: String?, sources: [CitationData], reviewed: Bool
    }
    struct PositionData: Encodable {
        var actor: String, stance: String, claim: String, evidence: String?, sources: [CitationData], reviewed: Bool
    }
    struct DisputeData: Encodable {
        var id: String, question: String, status: String, url: String, description: String?, positions: [PositionData], reviewed: Bool
    }
    struct QuoteData: Encodable { var speaker: String; var via: String?; var text: String; var sources: [CitationData]; var reviewed: Bool }
    struct FigureData: Encodable { var value: String; var unit: String?; var about: String; var sources: [CitationData]; var reviewed: Bool }

    static func files(for briefing: Briefing) -> [String: Data] {
        let urls = SiteURLs(from: "data/briefing.json")
        func cite(_ citations: [Citation]) -> [CitationData] {
            citations.map { CitationData(article: $0.article, paragraph: $0.ref.paragraph, sentence: $0.ref.sentence, url: urls.citation($0)) }
        }
        let model = Model(
            site: Site(title: briefing.config.title, description: briefing.config.description, language: briefing.config.language, baseURL: briefing.config.baseURL),
            articles: briefing.articles.map { article in
                ArticleData(id: article.id, title: article.title, published: article.published.iso, url: urls.article(article.id),
                            source: article.sourceName, sourceURL: article.sourceURL, byline: article.byline, summary: article.summary,
                            actors: article.actorIDs, places: article.placeIDs, events: article.eventIDs, disputes: article.disputeIDs,
                            paragraphs: article.paragraphs.map { ParagraphData(number: $0.number, text: $0.text) })
            },
            actors: briefing.actors.map { actor in
                ActorData(id: actor.id, name: actor.name, kind: actor.kind.rawValue, url: urls.actor(actor.id), role: actor.role,
                          affiliation: actor.affiliation, aliases: actor.aliases, description: actor.description, wikidata: actor.wikidata,
                          articles: actor.articleIDs, mentions: cite(actor.mentions), reviewed: actor.reviewed)
            },
            places: briefing.places.map { place in
                PlaceData(id: place.id, name: place.name, kind: place.kind.rawValue, url: urls.place(place.id), country: place.country,
                          aliases: place.aliases, articles: place.articleIDs, reviewed: place.reviewed)
            },
            events: briefing.events.map { event in
                EventData(id: event.id, title: event.title, url: urls.event(event.id), start: event.date?.start.iso, end: event.date?.end?.iso,
                          precision: event.date?.start.precision.rawValue, place: event.place,
                          participants: event.participants.map { ParticipantData(actor: $0.actor, role: $0.role) },
                          description: event.description, sources: cite(event.citations), reviewed: event.reviewed)
            },
            disputes: briefing.disputes.map { dispute in
                DisputeData(id: dispute.id, question: dispute.question, status: dispute.status.rawValue, url: urls.dispute(dispute.id),
                            description: dispute.description,
                            positions: dispute.positions.map {
                                PositionData(actor: $0.actor, stance: $0.stance.rawValue, claim: $0.claim, evidence: $0.evidence,
                                             sources: cite($0.citations), reviewed: $0.reviewed)
                            }, reviewed: dispute.reviewed)
            },
            quotes: briefing.quotes.map { QuoteData(speaker: $0.speaker, via: $0.via, text: $0.text, sources: cite($0.citations), reviewed: $0.reviewed) },
            figures: briefing.figures.map { FigureData(value: $0.value, unit: $0.unit, about: $0.about, sources: cite($0.citations), reviewed: $0.reviewed) })

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var files: [String: Data] = [:]
        files["data/briefing.json"] = (try? encoder.encode(model)) ?? Data()
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
