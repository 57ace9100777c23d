import BriefingModel
import BriefingRender

/// Decides every page of the site and builds its view model.
public enum SitePlanner {
    static let listPages: [(path: String, title: String)] = [
        ("articles.html", "Articles"), ("actors.html", "Actors"), ("events.html", "Events"),
        ("timeline.html", "Timeline"), ("disputes.html", "Disputes"), ("places.html", "Places"),
    ]

    /// Every page with its view made, in site order. A build makes views one page at a time
    /// instead (`SitePlan.page(_:)`), so that it never holds all of them.
    public static func plan(_ briefing: Briefing, search: Bool = false) -> [PlannedPage] {
        let plan = SitePlan(briefing, search: search)
        return plan.pages.map(plan.page)
    }

    static func crumbs(_ section: (path: String, title: String)?, _ title: String, from page: String) -> [Crumb] {
        let urls = SiteURLs(from: page)
        var crumbs = [Crumb(label: "Home", href: urls.to("index.html"))]
        if let section { crumbs.append(Crumb(label: section.title, href: urls.to(section.path))) }
        crumbs.append(Crumb(label: title, href: nil))
        return crumbs
    }

    static func section(_ path: String) -> (path: String, title: String)? {
        listPages.first { $0.path == path }
    }

    // MARK: Home

    static func home(_ briefing: Briefing, citations: CitationTexts = .defaults) -> PlannedPage {
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: "index.html"), citationTexts: citations)
        let keyActors = briefing.actors
            .sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
            .prefix(8)
            .map { make.actorLine($0) }
        let dated = briefing.events.filter { $0.date != nil }
        let latest = dated.suffix(8).reversed().map { make.eventLine($0) }
        let open = briefing.disputes.filter { $0.status == .open }.map(make.disputeLine)
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let stats = [count(briefing.articles.count, "article"), count(briefing.actors.count, "actor"),
                     count(briefing.events.count, "event"), count(briefing.disputes.count, "dispute")].joined(separator: " · ")
        let view = HomeView(title: briefing.config.title, description: briefing.config.description, stats: stats,
                            keyActors: Array(keyActors), latestEvents: Array(latest), openDisputes: open,
                            articles: briefing.articles.map(make.articleLine))
        return PlannedPage(kind: .home, id: "index", path: "index.html", template: "home", title: briefing.config.title,
                           description: briefing.config.description, breadcrumbs: [], view: view)
    }

    // MARK: Article

    static func article(_ briefing: Briefing, _ article: Article, index: PlanIndex) -> PlannedPage {
        let path = "articles/\(article.id).html"
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: path), articleOrder: index.articleOrder, citationTexts: index.citationTexts)
        let actors = article.actorIDs.compactMap(briefing.actor).map { make.actorLine($0) }
        let events = index.events(of: article).map { briefing.events[$0] }
            .map { make.eventLine($0, citations: $0.citations.filter { $0.article == article.id }) }
        let disputes = article.disputeIDs.compactMap(briefing.dispute).map(make.disputeLine)
        let quotes = (index.quotesByArticle[article.id] ?? []).map { make.quoteView(briefing.quotes[$0], showArticle: false) }
        let figures = (index.figuresByArticle[article.id] ?? []).map { make.figureView(briefing.figures[$0]) }
        let source = (article.sourceName != nil || article.sourceURL != nil)
            ? SourceView(name: article.sourceName, url: article.sourceURL) : nil
        let view = ArticleView(
            title: article.title, published: article.published.display, source: source, byline: article.byline,
            summary: article.summary, body: article.body, actors: actors,
            places: article.placeIDs.map(make.placeLink), events: events, disputes: disputes,
            quotes: quotes, figures: figures)
        let mentions = article.actorIDs.compactMap(briefing.actor).map { actor in
            MentionLink(names: actor.mentionNames, url: make.urls.actor(actor.id), title: actor.role.map { "\(actor.name), \($0)" } ?? actor.name)
        }
        var page = PlannedPage(kind: .article, id: article.id, path: path, template: "article", title: article.title,
                               description: article.summary, breadcrumbs: crumbs(section("articles.html"), article.title, from: path), view: view)
        page.articleBody = article.body
        page.mentionLinks = mentions
        return page
    }

    // MARK: Actor

    static func actor(_ briefing: Briefing, _ actor: Actor, index: PlanIndex) -> PlannedPage {
        let path = "actors/\(actor.id).html"
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: path), articleOrder: index.articleOrder, citationTexts: index.citationTexts)
        let events = (index.eventsByParticipant[actor.id] ?? []).compactMap { position -> EventLine? in
            let event = briefing.events[position]
            guard let participant = event.participants.first(where: { $0.actor == actor.id }) else { return nil }
            return make.eventLine(event, role: participant.role)
        }
        let quotes = (index.quotesByActor[actor.id] ?? []).map { make.quoteView(briefing.quotes[$0], showArticle: true) }
        let positions = (index.disputesByActor[actor.id] ?? []).flatMap { position in
            let dispute = briefing.disputes[position]
            return dispute.positions.filter { $0.actor == actor.id }.map { make.positionView($0, in: dispute) }
        }
        let members = (index.membersByAffiliation[actor.id] ?? []).map { make.actorLine(briefing.actors[$0]) }
        let related = relatedActors(of: actor.id, in: briefing, index: index, limit: 12).compactMap { entry -> ActorLine? in
            guard let other = briefing.actor(entry.id) else { return nil }
            return make.actorLine(other, note: entry.note)
        }
        let places = (index.placesByCountry[actor.id] ?? []).map { make.placeLink(briefing.places[$0].id) }
        let view = ActorView(
            name: actor.name, kind: actor.kind.rawValue.capitalized, role: actor.role,
            affiliation: actor.affiliation.map(make.actorLink),
            aliases: actor.aliases.isEmpty ? nil : actor.aliases.joined(separator: ", "),
            description: actor.description, members: members, events: events, quotes: quotes, positions: positions,
            related: Array(related), mentions: make.mentionGroups(actor.mentions), places: places,
            unreviewed: !actor.reviewed)
        let description = actor.description ?? [actor.role, actor.affiliation.flatMap { briefing.actor($0)?.name }].compactMap { $0 }.joined(separator: ", ")
        return PlannedPage(kind: .actor, id: actor.id, path: path, template: "actor", title: actor.name,
                           description: description.isEmpty ? nil : description,
                           breadcrumbs: crumbs(section("actors.html"), actor.name, from: path), view: view)
    }

    /// Actors sharing events and disputes with this one, strongest link first; the first
    /// `limit` of them (notes are written for those only).
    static func relatedActors(of id: String, in briefing: Briefing, index: PlanIndex, limit: Int = .max) -> [(id: String, note: String)] {
        var events: [String: Int] = [:]
        var disputes: [String: Int] = [:]
        for event in (index.eventsByParticipant[id] ?? []).map({ briefing.events[$0] }) {
            for other in Set(event.participants.map(\.actor)) where other != id { events[other, default: 0] += 1 }
        }
        for dispute in (index.disputesByActor[id] ?? []).map({ briefing.disputes[$0] }) {
            for other in Set(dispute.positions.map(\.actor)) where other != id { disputes[other, default: 0] += 1 }
        }
        var scored = Set(events.keys).union(disputes.keys).map { other in (id: other, score: (events[other] ?? 0) + (disputes[other] ?? 0)) }
        if scored.count > limit, limit > 0 {
            // Only those that can be among the first `limit` are sorted by name: an actor in
            // most articles shares something with nearly every other.
            let cutoff = scored.map(\.score).sorted(by: >)[limit - 1]
            scored.removeAll { $0.score < cutoff }
        }
        return scored
            .sorted { ($0.score, $1.id) > ($1.score, $0.id) }
            .prefix(limit)
            .map { entry in
                let e = events[entry.id] ?? 0, d = disputes[entry.id] ?? 0
                var parts: [String] = []
                if e > 0 { parts.append("\(e) shared event\(e == 1 ? "" : "s")") }
                if d > 0 { parts.append("\(d) shared dispute\(d == 1 ? "" : "s")") }
                return (entry.id, parts.joined(separator: ", "))
            }
    }

    // MARK: Event

    static func event(_ briefing: Briefing, _ event: Event, index: PlanIndex) -> PlannedPage {
        let path = "events/\(event.id).html"
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: path), articleOrder: index.articleOrder, citationTexts: index.citationTexts)
        let participants = event.participants.compactMap { participant in
            briefing.actor(participant.actor).map { make.actorLine($0, role: participant.role ?? $0.role) }
        }
        // Neighbours in time: only dated events have a before and after.
        let dated = index.datedEvents
        let position = index.datedPosition[event.id]
        let previous = position.flatMap { $0 > 0 ? briefing.events[dated[$0 - 1]] : nil }
        let next = position.flatMap { $0 + 1 < dated.count ? briefing.events[dated[$0 + 1]] : nil }
        let precision: String? = event.date.map { span in
            let word = switch span.start.precision {
            case .day: "day"
            case .month: "month"
            case .year: "year"
            }
            return "known to the \(word)"
        }
        let view = EventView(
            title: event.title, when: event.date?.display, precision: precision,
            place: event.place.map(make.placeLink), description: event.description,
            participants: participants, sources: make.mentionGroups(event.citations),
            previous: previous.map { make.eventLine($0, citations: []) }, next: next.map { make.eventLine($0, citations: []) },
            unreviewed: !event.reviewed)
        let description = [event.date?.display, event.place.flatMap { briefing.place($0)?.name }].compactMap { $0 }.joined(separator: ", ")
        return PlannedPage(kind: .event, id: event.id, path: path, template: "event", title: event.title,
                           description: description.isEmpty ? nil : "\(event.title) — \(description)",
                           breadcrumbs: crumbs(section("events.html"), event.title, from: path), view: view)
    }

    // MARK: Dispute

    static func dispute(_ briefing: Briefing, _ dispute: Dispute, index: PlanIndex) -> PlannedPage {
        let path = "disputes/\(dispute.id).html"
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: path), articleOrder: index.articleOrder, citationTexts: index.citationTexts)
        let groups = Stance.allCases.compactMap { stance -> StanceGroup? in
            let positions = dispute.positions.filter { $0.stance == stance }.map { make.positionView($0, in: nil) }
            return positions.isEmpty ? nil : StanceGroup(heading: stance.heading, positions: positions)
        }
        let line = make.disputeLine(dispute)
        let view = DisputeView(question: dispute.question, status: dispute.status.rawValue.capitalized, summary: line.note,
                               description: dispute.description, groups: groups,
                               articles: dispute.articleIDs.compactMap(briefing.article).map(make.articleLine),
                               unreviewed: !dispute.reviewed)
        return PlannedPage(kind: .dispute, id: dispute.id, path: path, template: "dispute", title: dispute.question,
                           description: "\(dispute.question) \(line.note), status \(dispute.status.rawValue).",
                           breadcrumbs: crumbs(section("disputes.html"), dispute.question, from: path), view: view)
    }

    // MARK: Place

    static func place(_ briefing: Briefing, _ place: Place, index: PlanIndex) -> PlannedPage {
        let path = "places/\(place.id).html"
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: path), articleOrder: index.articleOrder, citationTexts: index.citationTexts)
        let view = PlaceView(
            name: place.name, kind: place.kind.rawValue.capitalized, country: place.country.map(make.actorLink),
            aliases: place.aliases.isEmpty ? nil : place.aliases.joined(separator: ", "), description: place.description,
            events: (index.eventsByPlace[place.id] ?? []).map { make.eventLine(briefing.events[$0]) },
            articles: place.articleIDs.compactMap(briefing.article).map(make.articleLine),
            unreviewed: !place.reviewed)
        return PlannedPage(kind: .place, id: place.id, path: path, template: "place", title: place.name,
                           description: place.description, breadcrumbs: crumbs(section("places.html"), place.name, from: path), view: view)
    }

    // MARK: Lists

    /// One of `listPages`, or the search page.
    static func list(_ path: String, _ briefing: Briefing, citations: CitationTexts = .defaults) -> PlannedPage {
        func page<Item: Sendable & Encodable>(_ title: String, intro: String?, groups: [NamedGroup<Item>], template: String) -> PlannedPage {
            PlannedPage(kind: .list, id: String(path.dropLast(5)), path: path, template: template, title: title,
                        description: intro, breadcrumbs: crumbs(nil, title, from: path),
                        view: ListView(title: title, intro: intro, groups: groups))
        }
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: "index.html"), citationTexts: citations)
        switch path {
        case "articles.html":
            return page("Articles", intro: "Every article in this briefing, newest first.",
                        groups: [NamedGroup(heading: "All articles", items: briefing.articles.map(make.articleLine))], template: "articles")
        case "actors.html":
            let actorGroups = ActorKind.allCases.compactMap { kind -> NamedGroup<ActorLine>? in
                let actors = briefing.actors.filter { $0.kind == kind }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
                return actors.isEmpty ? nil : NamedGroup(heading: kind.plural, items: actors.map { make.actorLine($0) })
            }
            return page("Actors", intro: "Who is who: people, organizations, countries and media in these articles.", groups: actorGroups, template: "actors")
        case "events.html":
            return page("Events", intro: "What happened, in order; undated events last.",
                        groups: [NamedGroup(heading: "All events", items: briefing.events.map { make.eventLine($0) })], template: "events")
        case "timeline.html":
            return timeline(briefing, citations: citations)
        case "disputes.html":
            let disputeGroups = DisputeStatus.allCases.compactMap { status -> NamedGroup<DisputeLine>? in
                let disputes = briefing.disputes.filter { $0.status == status }
                return disputes.isEmpty ? nil : NamedGroup(heading: status.rawValue.capitalized, items: disputes.map(make.disputeLine))
            }
            return page("Disputes", intro: "Who claims what, and who denies it.", groups: disputeGroups, template: "disputes")
        case "places.html":
            let placeGroups = PlaceKind.allCases.compactMap { kind -> NamedGroup<LinkView>? in
                let places = briefing.places.filter { $0.kind == kind }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
                return places.isEmpty ? nil : NamedGroup(heading: kind.rawValue.capitalized + (kind == .country ? "" : "s"), items: places.map { make.placeLink($0.id) })
            }
            return page("Places", intro: "Where things happened.", groups: placeGroups, template: "places")
        default:
            return PlannedPage(kind: .list, id: "search", path: "search.html", template: "search", title: "Search",
                               description: "Search every article, actor, event, dispute and place.",
                               breadcrumbs: crumbs(nil, "Search", from: "search.html"),
                               view: ListView<LinkView>(title: "Search", intro: "Search every article, actor, event, dispute and place; filter by kind, actor kind and stance.", groups: []))
        }
    }
}
