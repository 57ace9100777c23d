/// A merged briefing without what article bodies give it (bodies, paragraphs, mentions,
/// config) as compact bytes: everything else the merge derives from front matter and
/// definition files alone, so a rebuild after body edits can take it as it was
/// (`BriefingGraph.rebuild`) instead of merging every article again.
/// Decoding checks every byte it reads: anything malformed is nil, and the caller merges.
public enum GraphArchive {
    public static func encode(_ briefing: Briefing) -> [UInt8] {
        var writer = ArchiveWriter(path: "")
        writer.list(briefing.articles) { $0.article($1) }
        writer.list(briefing.actors) { $0.actor($1) }
        writer.list(briefing.places) { $0.place($1) }
        writer.list(briefing.events) { $0.event($1) }
        writer.list(briefing.disputes) { $0.dispute($1) }
        writer.list(briefing.quotes) { $0.quote($1) }
        writer.list(briefing.figures) { $0.figure($1) }
        writer.list(briefing.unreviewed) { $0.location($1) }
        return writer.bytes
    }

    /// The archived briefing, with `config`, empty bodies and paragraphs and no mentions.
    public static func decode(_ bytes: UnsafeRawBufferPointer, config: SiteConfig) -> Briefing? {
        var reader = ArchiveReader(bytes: bytes, path: "")
        guard let articles = reader.list({ $0.mergedArticle() }), let actors = reader.list({ $0.mergedActor() }),
              let places = reader.list({ $0.mergedPlace() }), let events = reader.list({ $0.mergedEvent() }),
              let disputes = reader.list({ $0.mergedDispute() }), let quotes = reader.list({ $0.mergedQuote() }),
              let figures = reader.list({ $0.mergedFigure() }), let unreviewed = reader.list({ $0.location() }),
              reader.atEnd else { return nil }
        var briefing = Briefing(config: config, articles: articles, actors: actors, places: places, events: events,
                                disputes: disputes, quotes: quotes, figures: figures)
        briefing.unreviewed = unreviewed
        return briefing
    }
}

private extension ArchiveWriter {
    mutating func citations(_ citations: [Citation]) {
        list(citations) { writer, citation in
            writer.string(citation.article)
            writer.int(citation.ref.paragraph)
            writer.optional(citation.ref.sentence) { $0.int($1) }
        }
    }

    mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }

    mutating func article(_ article: Article) {
        string(article.id)
        string(article.path)
        string(article.title)
        date(article.published)
        text(article.sourceName)
        text(article.sourceURL)
        text(article.byline)
        text(article.summary)
        flag(article.draft)
        strings(article.actorIDs)
        strings(article.placeIDs)
        strings(article.eventIDs)
        strings(article.disputeIDs)
    }

    mutating func actor(_ actor: Actor) {
        string(actor.id)
        string(actor.name)
        string(actor.kind.rawValue)
        text(actor.role)
        text(actor.affiliation)
        strings(actor.aliases)
        text(actor.description)
        text(actor.wikidata)
        strings(actor.articleIDs)
        flag(actor.reviewed)
    }

    mutating func place(_ place: Place) {
        string(place.id)
        string(place.name)
        string(place.kind.rawValue)
        text(place.country)
        strings(place.aliases)
        text(place.description)
        strings(place.articleIDs)
        flag(place.reviewed)
    }

    mutating func event(_ event: Event) {
        string(event.id)
        string(event.title)
        optional(event.date) { writer, span in
            writer.date(span.start)
            writer.optional(span.end) { $0.date($1) }
        }
        text(event.place)
        list(event.participants) { writer, participant in
            writer.string(participant.actor)
            writer.text(participant.role)
        }
        text(event.description)
        citations(event.citations)
        strings(event.articleIDs)
        flag(event.reviewed)
    }

    mutating func dispute(_ dispute: Dispute) {
        string(dispute.id)
        string(dispute.question)
        string(dispute.status.rawValue)
        text(dispute.description)
        list(dispute.positions) { writer, position in
            writer.string(position.actor)
            writer.string(position.stance.rawValue)
            writer.string(position.claim)
            writer.text(position.evidence)
            writer.citations(position.citations)
            writer.string(position.article)
            writer.flag(position.reviewed)
        }
        strings(dispute.articleIDs)
        flag(dispute.reviewed)
    }

    mutating func quote(_ quote: Quote) {
        string(quote.speaker)
        text(quote.via)
        string(quote.text)
        citations(quote.citations)
        string(quote.article)
        flag(quote.reviewed)
    }

    mutating func figure(_ figure: Figure) {
        string(figure.value)
        text(figure.unit)
        string(figure.about)
        citations(figure.citations)
        string(figure.article)
        flag(figure.reviewed)
    }
}

private extension ArchiveReader {
    mutating func citations() -> [Citation]? {
        list { reader in
            guard let article = reader.string(), let paragraph = reader.int(), let sentence = reader.optional({ $0.int() }) else { return nil }
            return Citation(article: article, ref: SourceRef(paragraph: paragraph, sentence: sentence))
        }
    }

    /// A vocabulary word that must be there.
    mutating func required<V: RawRepresentable<String>>(_ type: V.Type) -> V? {
        string().flatMap(V.init(rawValue:))
    }

    mutating func mergedArticle() -> Article? {
        guard let id = string(), let path = string(), let title = string(), let published = date(),
              let sourceName = text(), let sourceURL = text(), let byline = text(), let summary = text(), let draft = flag(),
              let actorIDs = strings(), let placeIDs = strings(), let eventIDs = strings(), let disputeIDs = strings()
        else { return nil }
        return Article(id: id, path: path, title: title, published: published, sourceName: sourceName, sourceURL: sourceURL,
                       byline: byline, summary: summary, draft: draft, body: "", paragraphs: [],
                       actorIDs: actorIDs, placeIDs: placeIDs, eventIDs: eventIDs, disputeIDs: disputeIDs)
    }

    mutating func mergedActor() -> Actor? {
        guard let id = string(), let name = string(), let kind = required(ActorKind.self), let role = text(),
              let affiliation = text(), let aliases = strings(), let description = text(), let wikidata = text(),
              let articleIDs = strings(), let reviewed = flag() else { return nil }
        return Actor(id: id, name: name, kind: kind, role: role, affiliation: affiliation, aliases: aliases, description: description,
                     wikidata: wikidata, articleIDs: articleIDs, mentions: [], reviewed: reviewed)
    }

    mutating func mergedPlace() -> Place? {
        guard let id = string(), let name = string(), let kind = required(PlaceKind.self), let country = text(),
              let aliases = strings(), let description = text(), let articleIDs = strings(), let reviewed = flag() else { return nil }
        return Place(id: id, name: name, kind: kind, country: country, aliases: aliases, description: description,
                     articleIDs: articleIDs, reviewed: reviewed)
    }

    mutating func mergedEvent() -> Event? {
        guard let id = string(), let title = string(),
              let date = optional({ reader -> DateSpan? in
                  guard let start = reader.date(), let end = reader.optional({ $0.date() }) else { return nil }
                  return DateSpan(start: start, end: end)
              }),
              let place = text(),
              let participants = list({ reader -> EventParticipant? in
                  guard let actor = reader.string(), let role = reader.text() else { return nil }
                  return EventParticipant(actor: actor, role: role)
              }),
              let description = text(), let citations = citations(), let articleIDs = strings(), let reviewed = flag()
        else { return nil }
        return Event(id: id, title: title, date: date, place: place, participants: participants, description: description,
                     citations: citations, articleIDs: articleIDs, reviewed: reviewed)
    }

    mutating func mergedDispute() -> Dispute? {
        guard let id = string(), let question = string(), let status = required(DisputeStatus.self), let description = text(),
              let positions = list({ reader -> Position? in
                  guard let actor = reader.string(), let stance = reader.required(Stance.self), let claim = reader.string(),
                        let evidence = reader.text(), let citations = reader.citations(), let article = reader.string(),
                        let reviewed = reader.flag() else { return nil }
                  return Position(actor: actor, stance: stance, claim: claim, evidence: evidence, citations: citations,
                                  article: article, reviewed: reviewed)
              }),
              let articleIDs = strings(), let reviewed = flag()
        else { return nil }
        return Dispute(id: id, question: question, status: status, description: description, positions: positions,
                       articleIDs: articleIDs, reviewed: reviewed)
    }

    mutating func mergedQuote() -> Quote? {
        guard let speaker = string(), let via = text(), let text = string(), let citations = citations(),
              let article = string(), let reviewed = flag() else { return nil }
        return Quote(speaker: speaker, via: via, text: text, citations: citations, article: article, reviewed: reviewed)
    }

    mutating func mergedFigure() -> Figure? {
        guard let value = string(), let unit = text(), let about = string(), let citations = citations(),
              let article = string(), let reviewed = flag() else { return nil }
        return Figure(value: value, unit: unit, about: about, citations: citations, article: article, reviewed: reviewed)
    }
}
