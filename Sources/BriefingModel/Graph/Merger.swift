/// Collects declarations from all files, then merges them item by item.
struct Merger {
    var diagnostics: [Diagnostic] = []

    private var actors: [String: [ActorDeclaration]] = [:]
    private var places: [String: [PlaceDeclaration]] = [:]
    private var events: [String: [(declaration: EventDeclaration, article: String?)]] = [:]
    private var disputes: [String: [(declaration: DisputeDeclaration, article: String?)]] = [:]
    private var quotes: [Quote] = []
    private var figures: [Figure] = []
    /// Which ids each article lists or references, by kind.
    private var touched: [String: Touched] = [:]
    /// Every id reference, checked once all definitions are known.
    private var references: [(kind: ReferenceKind, id: Located<String>, article: String?)] = []
    private var sources: [(refs: [Located<SourceRef>], article: ArticleInput)] = []
    /// Items drafted by `briefing import` that still carry `reviewed: false`.
    private(set) var unreviewed: [SourceLocation] = []
    /// Ids that files list without ever defining them.
    private var bareOnly: [(kind: String, id: String, locations: [SourceLocation])] = []

    enum ReferenceKind: String { case actor, place, event, dispute }

    struct Touched {
        var actors: Set<String> = []
        var places: Set<String> = []
        var events: Set<String> = []
        var disputes: Set<String> = []
    }

    // MARK: Collecting

    mutating func add(definitions: Definitions) {
        for actor in definitions.actors { addActor(actor, article: nil) }
        for place in definitions.places { addPlace(place, article: nil) }
        for event in definitions.events {
            rejectSources(event.source, kind: "event")
            addEvent(event, article: nil)
        }
        for dispute in definitions.disputes {
            for position in dispute.positions { rejectSources(position.source, kind: "dispute position") }
            addDispute(dispute, article: nil)
        }
    }

    private mutating func rejectSources(_ refs: [Located<SourceRef>], kind: String) {
        guard let first = refs.first else { return }
        let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        diagnostics.append(.error("\(article) \(kind) in a definition file cannot cite paragraphs; give 'source' where an article lists the \(kind)", at: first.location))
    }

    mutating func add(article input: ArticleInput) {
        let article = input.declaration
        touched[input.id] = Touched()
        checkDuplicates(article.actors.map(\.id), kind: "actor")
        checkDuplicates(article.places.map(\.id), kind: "place")
        checkDuplicates(article.events.map(\.id), kind: "event")
        checkDuplicates(article.disputes.map(\.id), kind: "dispute")
        for actor in article.actors { addActor(actor, article: input.id) }
        for place in article.places { addPlace(place, article: input.id) }
        for event in article.events {
            if event.source.isEmpty && (event.title != nil || event.date != nil || !event.participants.isEmpty) {
                diagnostics.append(.error("missing required field 'source'", at: event.origin))
            }
            addEvent(event, article: input.id)
            sources.append((event.source, input))
        }
        for dispute in article.disputes {
            addDispute(dispute, article: input.id)
            for position in dispute.positions { sources.append((position.source, input)) }
        }
        for quote in article.quotes {
            reference(.actor, quote.speaker, article: input.id)
            if let via = quote.via { reference(.actor, via, article: input.id) }
            sources.append((quote.source, input))
            quotes.append(Quote(speaker: quote.speaker.value, via: quote.via?.value, text: quote.text,
                                citations: citations(quote.source, article: input.id), article: input.id,
                                reviewed: quote.reviewed != false))
            noteReview(quote.reviewed, quote.origin)
        }
        for figure in article.figures {
            sources.append((figure.source, input))
            figures.append(Figure(value: figure.value, unit: figure.unit, about: figure.about,
                                  citations: citations(figure.source, article: input.id), article: input.id,
                                  reviewed: figure.reviewed != false))
            noteReview(figure.reviewed, figure.origin)
        }
        if let url = article.source?.url, let problem = URLPolicy.problem(with: url.value) {
            diagnostics.append(.error("the source URL '\(url.value)' \(problem)", at: url.location))
        }
    }

    private mutating func noteReview(_ reviewed: Bool?, _ origin: SourceLocation) {
        if reviewed == false { unreviewed.append(origin) }
    }

    private mutating func checkDuplicates(_ ids: [Located<String>], kind: String) {
        var seen: [String: SourceLocation] = [:]
        for id in ids {
            if let first = seen[id.value] {
                diagnostics.append(.error("\(kind) '\(id.value)' is listed twice in this article (first at line \(first.line))", at: id.location))
            } else {
                seen[id.value] = id.location
            }
        }
    }

    private mutating func checkSlug(_ id: Located<String>, kind: String) -> Bool {
        guard let problem = Slug.problem(with: id.value) else { return true }
        let (reason, rule) = problem.explanation
        diagnostics.append(.error("\(kind) id '\(id.value)' \(reason); \(rule), such as '\(Slug.make(from: id.value))'", at: id.location))
        return false
    }

    private mutating func addActor(_ actor: ActorDeclaration, article: String?) {
        guard checkSlug(actor.id, kind: "actor") else { return }
        actors[actor.id.value, default: []].append(actor)
        noteReview(actor.reviewed, actor.origin)
        if let article { touched[article]?.actors.insert(actor.id.value) }
        if let affiliation = actor.affiliation { reference(.actor, affiliation, article: nil) }
    }

    private mutating func addPlace(_ place: PlaceDeclaration, article: String?) {
        guard checkSlug(place.id, kind: "place") else { return }
        places[place.id.value, default: []].append(place)
        noteReview(place.reviewed, place.origin)
        if let article { touched[article]?.places.insert(place.id.value) }
        if let country = place.country { reference(.actor, country, article: nil) }
    }

    private mutating func addEvent(_ event: EventDeclaration, article: String?) {
        guard checkSlug(event.id, kind: "event") else { return }
        events[event.id.value, default: []].append((event, article))
        noteReview(event.reviewed, event.origin)
        if let article { touched[article]?.events.insert(event.id.value) }
        if let place = event.place { reference(.place, place, article: article) }
        for participant in event.participants { reference(.actor, participant.actor, article: article) }
    }

    private mutating func addDispute(_ dispute: DisputeDeclaration, article: String?) {
        guard checkSlug(dispute.id, kind: "dispute") else { return }
        disputes[dispute.id.value, default: []].append((dispute, article))
        noteReview(dispute.reviewed, dispute.origin)
        for position in dispute.positions { noteReview(position.reviewed, position.origin) }
        if let article { touched[article]?.disputes.insert(dispute.id.value) }
        for position in dispute.positions { reference(.actor, position.actor, article: article) }
    }

    private mutating func reference(_ kind: ReferenceKind, _ id: Located<String>, article: String?) {
        references.append((kind, id, article))
        guard let article else { return }
        switch kind {
        case .actor: touched[article]?.actors.insert(id.value)
        case .place: touched[article]?.places.insert(id.value)
        case .event: touched[article]?.events.insert(id.value)
        case .dispute: touched[article]?.disputes.insert(id.value)
        }
    }

    private func citations(_ refs: [Located<SourceRef>], article: String) -> [Citation] {
        refs.map { Citation(article: article, ref: $0.value) }
    }

    // MARK: Merging

    mutating func finish(config: SiteConfig, articles inputs: [ArticleInput], known: KnownMentions = .init()) -> Briefing {
        let mergedActors = actors.keys.sorted().compactMap { mergeActor($0) }
        let mergedPlaces = places.keys.sorted().compactMap { mergePlace($0) }
        let mergedEvents = events.keys.sorted().compactMap { mergeEvent($0) }
        let mergedDisputes = disputes.keys.sorted().compactMap { mergeDispute($0) }
        checkReferences(actors: Set(mergedActors.map(\.id)), places: Set(mergedPlaces.map(\.id)),
                        events: Set(mergedEvents.map(\.id)), disputes: Set(mergedDisputes.map(\.id)))
        for (refs, article) in sources { checkSources(refs, in: article) }

        var articles = inputs.map { input -> Article in
            let declaration = input.declaration
            let touched = touched[input.id] ?? Touched()
            return Article(
                id: input.id, path: input.path, title: declaration.title, published: declaration.published,
                sourceName: declaration.source?.name, sourceURL: declaration.source?.url?.value,
                byline: declaration.byline, summary: declaration.summary, draft: declaration.draft,
                body: input.body, paragraphs: input.paragraphs,
                actorIDs: touched.actors.sorted(), placeIDs: touched.places.sorted(),
                eventIDs: touched.events.sorted(), disputeIDs: touched.disputes.sorted())
        }
        articles.sort { ($0.published, $1.id) > ($1.published, $0.id) }
        let order = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        func byArticleOrder(_ ids: some Sequence<String>) -> [String] {
            ids.sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }
        }

        var actorArticles: [String: [String]] = [:]
        var placeArticles: [String: [String]] = [:]
        for article in articles {
            for id in article.actorIDs { actorArticles[id, default: []].append(article.id) }
            for id in article.placeIDs { placeArticles[id, default: []].append(article.id) }
        }
        let (mentionIndex, searched, mentionLists) = Self.mentions(in: articles, actors: mergedActors, known: known)

        let actorList = mergedActors.map { actor -> Actor in
            var actor = actor
            actor.articleIDs = actorArticles[actor.id] ?? []  // already in article order
            actor.mentions = mentionIndex[actor.id] ?? []
            return actor
        }
        let placeList = mergedPlaces.map { place -> Place in
            var place = place
            place.articleIDs = placeArticles[place.id] ?? []
            return place
        }
        let eventList = mergedEvents.map { event -> Event in
            var event = event
            event.articleIDs = byArticleOrder(Set(event.articleIDs))
            return event
        }.sorted(by: Self.chronological)
        let disputeList = mergedDisputes.map { dispute -> Dispute in
            var dispute = dispute
            dispute.articleIDs = byArticleOrder(Set(dispute.articleIDs))
            return dispute
        }
        // Each item's place is looked up once, not in every comparison; ties keep file order.
        func inArticleOrder<Item>(_ items: [Item], article: (Item) -> String, citations: (Item) -> [Citation]) -> [Item] {
            let keys = items.map { (order[article($0)] ?? 0, citations($0).first?.ref ?? SourceRef(paragraph: 0)) }
            return items.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }.map { items[$0] }
        }
        let quoteList = inArticleOrder(quotes, article: \.article, citations: \.citations)
        let figureList = inArticleOrder(figures, article: \.article, citations: \.citations)
        var briefing = Briefing(config: config, articles: articles, actors: actorList, places: placeList,
                                events: eventList, disputes: disputeList, quotes: quoteList, figures: figureList)
        briefing.unreviewed = unreviewed.sorted()
        briefing.mentionSearches = searched
        briefing.mentionLists = mentionLists
        return briefing
    }

    /// Each actor's mentions, in article order, then paragraph order: an actor is mentioned in
    /// a paragraph of an article that lists it where one of its names appears as a whole word.
    /// Articles with `known` mentions that fit them are not searched; the names are indexed
    /// only for the actors the other articles list. Also says how many articles were searched.
    /// `lists`: each article's mentions, as `KnownMentions(of:)` would read them back from the actors.
    static func mentions(in articles: [Article], actors: [Actor], known: KnownMentions)
        -> (byActor: [String: [Citation]], searched: Int, lists: KnownMentions) {
        var listed: [Set<String>] = []
        var reused: [[KnownMentions.Mention]?] = []
        var wanted: Set<String> = []
        listed.reserveCapacity(articles.count)
        reused.reserveCapacity(articles.count)
        for article in articles {
            let ids = Set(article.actorIDs)
            let mentions = known.byArticle[article.id].flatMap { mentions in
                mentions.allSatisfy({ ids.contains($0.actor) && $0.paragraph >= 1 && $0.paragraph <= article.paragraphs.count }) ? mentions : nil
            }
            if mentions == nil { wanted.formUnion(ids) }
            listed.append(ids)
            reused.append(mentions)
        }
        let names = NameIndex(actors.lazy.filter { wanted.contains($0.id) }.flatMap { actor in
            actor.mentionNames.lazy.map { (name: $0, owner: actor.id) }
        })
        // The search is the merge's largest part and each article's is independent: all cores
        // search, and the lists below are put together in article order as before.
        let (candidates, kept) = (listed, reused)
        let found = concurrentMap(Array(articles.indices)) { index -> [KnownMentions.Mention]? in
            guard kept[index] == nil else { return nil }
            return articles[index].paragraphs.flatMap { paragraph in
                names.owners(mentionedIn: paragraph.text, among: candidates[index]).map { KnownMentions.Mention(actor: $0, paragraph: paragraph.number) }
            }
        }
        var byActor: [String: [Citation]] = [:]
        var searched = 0
        var lists = KnownMentions()
        lists.byArticle.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            if reused[index] == nil { searched += 1 }
            let mentions = reused[index] ?? (found[index] ?? []).sorted { ($0.paragraph, $0.actor) < ($1.paragraph, $1.actor) }
            // Each actor's list grows in paragraph order either way.
            for mention in mentions {
                byActor[mention.actor, default: []].append(Citation(article: article.id, ref: SourceRef(paragraph: mention.paragraph)))
            }
            lists.byArticle[article.id] = mentions
        }
        return (byActor, searched, lists)
    }

    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return x == y ? a.id < b.id : x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.id < b.id
        }
    }

    /// One value for a field that several files may give; differing values are a conflict.
    private mutating func field<T: Equatable>(_ values: [(T?, SourceLocation)], kind: String, id: String, name: String, show: (T) -> String) -> T? {
        var chosen: (value: T, origin: SourceLocation)?
        for case let (value?, origin) in values {
            guard let first = chosen else { chosen = (value, origin); continue }
            if first.value != value {
                diagnostics.append(.error("\(kind) '\(id)' is defined differently in two places: '\(name)' is '\(show(first.value))' at \(first.origin) but '\(show(value))' here", at: origin))
            }
        }
        return chosen?.value
    }

    private mutating func required<T>(_ value: T?, kind: String, id: String, field: String, declarations: [SourceLocation], isReference: Bool) -> T? {
        if let value { return value }
        guard let first = declarations.first else { return nil }
        if isReference {
            bareOnly.append((kind, id, declarations))
        } else {
            diagnostics.append(.error("\(kind) '\(id)' has no '\(field)'; give it here or in \(kind)s/\(id).yml", at: first))
        }
        return nil
    }

    private mutating func mergeActor(_ id: String) -> Actor? {
        let list = actors[id] ?? []
        let origins = list.map(\.origin)
        let name = field(list.map { ($0.name, $0.origin) }, kind: "actor", id: id, name: "name") { $0 }
        let kind = field(list.map { ($0.kind, $0.origin) }, kind: "actor", id: id, name: "kind") { $0.rawValue }
        let role = field(list.map { ($0.role, $0.origin) }, kind: "actor", id: id, name: "role") { $0 }
        let affiliation = field(list.map { ($0.affiliation?.value, $0.origin) }, kind: "actor", id: id, name: "affiliation") { $0 }
        let description = field(list.map { ($0.description, $0.origin) }, kind: "actor", id: id, name: "description") { $0 }
        let wikidata = field(list.map { ($0.wikidata, $0.origin) }, kind: "actor", id: id, name: "wikidata") { $0 }
        let onlyReferences = list.allSatisfy { $0.name == nil && $0.kind == nil && $0.role == nil && $0.aliases.isEmpty }
        guard let name = required(name, kind: "actor", id: id, field: "name", declarations: origins, isReference: onlyReferences) else { return nil }
        var aliases: [String] = []
        for alias in list.flatMap(\.aliases) where !aliases.contains(alias) && alias != name { aliases.append(alias) }
        return Actor(id: id, name: name, kind: kind ?? .other, role: role, affiliation: affiliation, aliases: aliases,
                     description: description, wikidata: wikidata, articleIDs: [], mentions: [],
                     reviewed: !list.contains { $0.reviewed == false })
    }

    private mutating func mergePlace(_ id: String) -> Place? {
        let list = places[id] ?? []
        let name = field(list.map { ($0.name, $0.origin) }, kind: "place", id: id, name: "name") { $0 }
        let kind = field(list.map { ($0.kind, $0.origin) }, kind: "place", id: id, name: "kind") { $0.rawValue }
        let country = field(list.map { ($0.country?.value, $0.origin) }, kind: "place", id: id, name: "country") { $0 }
        let description = field(list.map { ($0.description, $0.origin) }, kind: "place", id: id, name: "description") { $0 }
        let onlyReferences = list.allSatisfy { $0.name == nil && $0.kind == nil && $0.country == nil }
        guard let name = required(name, kind: "place", id: id, field: "name", declarations: list.map(\.origin), isReference: onlyReferences) else { return nil }
        var aliases: [String] = []
        for alias in list.flatMap(\.aliases) where !aliases.contains(alias) && alias != name { aliases.append(alias) }
        return Place(id: id, name: name, kind: kind ?? .other, country: country, aliases: aliases, description: description, articleIDs: [],
                     reviewed: !list.contains { $0.reviewed == false })
    }

    private mutating func mergeEvent(_ id: String) -> Event? {
        let list = events[id] ?? []
        let title = field(list.map { ($0.declaration.title, $0.declaration.origin) }, kind: "event", id: id, name: "title") { $0 }
        let date = field(list.map { ($0.declaration.date?.value, $0.declaration.origin) }, kind: "event", id: id, name: "date") { $0.description }
        let place = field(list.map { ($0.declaration.place?.value, $0.declaration.origin) }, kind: "event", id: id, name: "place") { $0 }
        let description = field(list.map { ($0.declaration.description, $0.declaration.origin) }, kind: "event", id: id, name: "description") { $0 }
        let onlyReferences = list.allSatisfy { $0.declaration.title == nil && $0.declaration.date == nil }
        guard let title = required(title, kind: "event", id: id, field: "title", declarations: list.map(\.declaration.origin), isReference: onlyReferences) else { return nil }
        var participants: [EventParticipant] = []
        for participant in list.flatMap(\.declaration.participants) {
            if let index = participants.firstIndex(where: { $0.actor == participant.actor.value }) {
                if participants[index].role == nil { participants[index].role = participant.role }
            } else {
                participants.append(EventParticipant(actor: participant.actor.value, role: participant.role))
            }
        }
        var citations: [Citation] = []
        for (declaration, article) in list {
            guard let article else { continue }
            for ref in declaration.source where !citations.contains(Citation(article: article, ref: ref.value)) {
                citations.append(Citation(article: article, ref: ref.value))
            }
        }
        return Event(id: id, title: title, date: date, place: place, participants: participants, description: description,
                     citations: citations.sorted(), articleIDs: list.compactMap(\.article),
                     reviewed: !list.contains { $0.declaration.reviewed == false })
    }

    private mutating func mergeDispute(_ id: String) -> Dispute? {
        let list = disputes[id] ?? []
        let question = field(list.map { ($0.declaration.question, $0.declaration.origin) }, kind: "dispute", id: id, name: "question") { $0 }
        let status = field(list.map { ($0.declaration.status, $0.declaration.origin) }, kind: "dispute", id: id, name: "status") { $0.rawValue }
        let description = field(list.map { ($0.declaration.description, $0.declaration.origin) }, kind: "dispute", id: id, name: "description") { $0 }
        let onlyReferences = list.allSatisfy { $0.declaration.question == nil && $0.declaration.positions.isEmpty }
        guard let question = required(question, kind: "dispute", id: id, field: "question", declarations: list.map(\.declaration.origin), isReference: onlyReferences) else { return nil }
        var positions: [Position] = []
        for (declaration, article) in list {
            for position in declaration.positions {
                positions.append(Position(actor: position.actor.value, stance: position.stance, claim: position.claim, evidence: position.evidence,
                                          citations: citations(position.source, article: article ?? ""), article: article ?? "",
                                          reviewed: position.reviewed != false))
            }
        }
        return Dispute(id: id, question: question, status: status ?? .open, description: description,
                       positions: positions, articleIDs: list.compactMap(\.article),
                       reviewed: !list.contains { $0.declaration.reviewed == false })
    }

    // MARK: Checking

    private mutating func checkReferences(actors: Set<String>, places: Set<String>, events: Set<String>, disputes: Set<String>) {
        // An id only ever listed bare (`- russia`), never defined, is unknown at each listing.
        for (kind, id, locations) in bareOnly {
            let known: Set<String> = switch kind {
            case "actor": actors
            case "place": places
            case "event": events
            default: disputes
            }
            for location in locations {
                diagnostics.append(.error("unknown \(kind) '\(id)'\(Suggestion.hint(for: id, in: known)); define it in an article or in \(kind)s/\(id).yml", at: location))
            }
        }
        for (kind, id, _) in references {
            let known: Set<String> = switch kind {
            case .actor: actors
            case .place: places
            case .event: events
            case .dispute: disputes
            }
            guard !known.contains(id.value) else { continue }
            // Listed somewhere but not defined well: already reported where it is listed.
            let listed = switch kind {
            case .actor: self.actors[id.value] != nil
            case .place: self.places[id.value] != nil
            case .event: self.events[id.value] != nil
            case .dispute: self.disputes[id.value] != nil
            }
            if listed { continue }
            diagnostics.append(.error("unknown \(kind.rawValue) '\(id.value)'\(Suggestion.hint(for: id.value, in: known))", at: id.location))
        }
    }

    /// Every source an article gives checked against its paragraphs, as `add(article:)` and `finish` check them.
    mutating func checkSources(of input: ArticleInput) {
        let article = input.declaration
        for event in article.events { checkSources(event.source, in: input) }
        for dispute in article.disputes {
            for position in dispute.positions { checkSources(position.source, in: input) }
        }
        for quote in article.quotes { checkSources(quote.source, in: input) }
        for figure in article.figures { checkSources(figure.source, in: input) }
    }

    private mutating func checkSources(_ refs: [Located<SourceRef>], in article: ArticleInput) {
        let count = article.paragraphs.count
        for ref in refs {
            let number = ref.value.paragraph
            guard number <= count else {
                diagnostics.append(.error("source \(ref.value) points past the last paragraph; the article has \(count) paragraph\(count == 1 ? "" : "s")", at: ref.location))
                continue
            }
            if let sentence = ref.value.sentence {
                let sentences = article.paragraphs[number - 1].sentences.count
                if sentence > sentences {
                    diagnostics.append(.error("source \(ref.value) points past the last sentence of paragraph \(number), which has \(sentences) sentence\(sentences == 1 ? "" : "s")", at: ref.location))
                }
            }
        }
    }
}
