import BriefingModel
import Foundation

/// schema.org JSON-LD for each page, for search engines and other readers of the page.
/// It sits in `<script type="application/ld+json">`, so it is escaped so that no content
/// can close the element: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026` (`JSONText`).
enum StructuredData {
    /// Absolute URLs when the site has a base URL, otherwise relative to the page.
    struct Links {
        var urls: SiteURLs
        var base: String?

        func url(_ path: String) -> String {
            base.map { SiteURLs.absolute(path, base: $0) } ?? urls.to(path)
        }
    }

    static func json(for page: PlannedPage, in briefing: Briefing) -> String? {
        let links = Links(urls: SiteURLs(from: page.path), base: briefing.config.baseURL)
        var object: JSONObject
        switch page.kind {
        case .article:
            guard let article = briefing.article(page.id) else { return nil }
            object = self.article(article, briefing, links)
        case .actor:
            guard let actor = briefing.actor(page.id) else { return nil }
            object = self.actor(actor, briefing, links, full: true)
        case .event:
            guard let event = briefing.event(page.id) else { return nil }
            object = self.event(event, briefing, links)
        case .dispute:
            guard let dispute = briefing.dispute(page.id) else { return nil }
            object = self.dispute(dispute, briefing, links)
        case .place:
            guard let place = briefing.place(page.id) else { return nil }
            object = self.place(place, briefing, links)
        case .home:
            object = ["@type": "WebSite", "name": .string(briefing.config.title), "url": .string(links.url("index.html"))]
            if let description = briefing.config.description { object["description"] = .string(description) }
            object["inLanguage"] = .string(briefing.config.language)
        case .list:
            object = ["@type": "CollectionPage", "name": .string(page.title), "url": .string(links.url(page.path))]
        }
        object["@context"] = "https://schema.org"
        return JSONText.script(.object(object))
    }

    static func article(_ article: Article, _ briefing: Briefing, _ links: Links) -> JSONObject {
        var object: JSONObject = [
            "@type": "NewsArticle", "headline": .string(article.title), "datePublished": .string(article.published.iso),
            "url": .string(links.url("articles/\(article.id).html")), "inLanguage": .string(briefing.config.language),
        ]
        if let summary = article.summary { object["description"] = .string(summary) }
        if let byline = article.byline { object["author"] = .object(["@type": "Person", "name": .string(byline)]) }
        if let name = article.sourceName {
            var publisher: JSONObject = ["@type": "Organization", "name": .string(name)]
            if let url = article.sourceURL { publisher["url"] = .string(url) }
            object["publisher"] = .object(publisher)
        }
        if let url = article.sourceURL { object["isBasedOn"] = .string(url) }
        let actors = article.actorIDs.compactMap(briefing.actor)
        // The actors who act in the article's events and disputes are what it is about;
        // the others are mentioned.
        // Looked up by id: scanning every event and dispute for each article grew with the square of the site.
        let central = Set(article.eventIDs.compactMap(briefing.event).flatMap { $0.participants.map(\.actor) })
            .union(article.disputeIDs.compactMap(briefing.dispute).flatMap { $0.positions.map(\.actor) })
        let about = actors.filter { central.contains($0.id) }, mentions = actors.filter { !central.contains($0.id) }
        if !about.isEmpty { object["about"] = .array(about.map { .object(actor($0, briefing, links, full: false)) }) }
        if !mentions.isEmpty { object["mentions"] = .array(mentions.map { .object(actor($0, briefing, links, full: false)) }) }
        return object
    }

    static func type(of actor: Actor) -> String {
        switch actor.kind {
        case .person: "Person"
        case .country: "Country"
        case .media: "NewsMediaOrganization"
        case .organization, .group, .other: "Organization"
        }
    }

    static func actor(_ actor: Actor, _ briefing: Briefing, _ links: Links, full: Bool) -> JSONObject {
        var object: JSONObject = ["@type": .string(type(of: actor)), "name": .string(actor.name), "url": .string(links.url("actors/\(actor.id).html"))]
        if let wikidata = actor.wikidata { object["sameAs"] = .string("https://www.wikidata.org/wiki/\(wikidata)") }
        guard full else { return object }
        if !actor.aliases.isEmpty { object["alternateName"] = .array(actor.aliases.map(JSONValue.string)) }
        if let description = actor.description { object["description"] = .string(description) }
        if let role = actor.role, actor.kind == .person { object["jobTitle"] = .string(role) }
        if let affiliation = actor.affiliation.flatMap(briefing.actor) {
            object[actor.kind == .person ? "affiliation" : "parentOrganization"] = .object(self.actor(affiliation, briefing, links, full: false))
        }
        return object
    }

    static func event(_ event: Event, _ briefing: Briefing, _ links: Links) -> JSONObject {
        var object: JSONObject = ["@type": "Event", "name": .string(event.title), "url": .string(links.url("events/\(event.id).html"))]
        if let date = event.date {
            object["startDate"] = .string(date.start.iso)
            if let end = date.end { object["endDate"] = .string(end.iso) }
        }
        if let description = event.description { object["description"] = .string(description) }
        if let place = event.place.flatMap(briefing.place) { object["location"] = .object(self.place(place, briefing, links)) }
        let participants = event.participants.compactMap { briefing.actor($0.actor) }
        if !participants.isEmpty { object["attendee"] = .array(participants.map { .object(actor($0, briefing, links, full: false)) }) }
        return object
    }

    static func dispute(_ dispute: Dispute, _ briefing: Briefing, _ links: Links) -> JSONObject {
        let claims: [JSONObject] = dispute.positions.map { position in
            var claim: JSONObject = ["@type": "Claim", "text": .string(position.claim), "name": .string("\(position.stance.heading): \(position.claim)")]
            if let author = briefing.actor(position.actor) { claim["author"] = .object(actor(author, briefing, links, full: false)) }
            if let citation = position.citations.first, let article = briefing.article(citation.article) {
                claim["appearance"] = .object(["@type": "NewsArticle", "headline": .string(article.title),
                                               "url": .string(links.url("articles/\(article.id).html") + "#" + citation.ref.anchor)])
            }
            return claim
        }
        return ["@type": "WebPage", "name": .string(dispute.question), "url": .string(links.url("disputes/\(dispute.id).html")),
                "mainEntity": .array(claims.map(JSONValue.object))]
    }

    static func place(_ place: Place, _ briefing: Briefing, _ links: Links) -> JSONObject {
        var object: JSONObject = ["@type": "Place", "name": .string(place.name), "url": .string(links.url("places/\(place.id).html"))]
        if let country = place.country.flatMap(briefing.actor) {
            object["containedInPlace"] = .object(["@type": "Country", "name": .string(country.name)])
        }
        return object
    }

    static func safeForScript(_ json: String) -> String {
        var output = ""
        output.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
