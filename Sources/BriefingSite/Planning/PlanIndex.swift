import BriefingModel

/// Who points at whom, worked out once per plan. Without it every article page scanned
/// every event, quote and figure of the site, and every actor page every event, quote and
/// dispute: work growing with the square of the site. Lists hold positions in the
/// briefing's own arrays, in their order, so pages list things exactly as those scans did.
struct PlanIndex {
    var eventPosition: [String: Int] = [:]
    var quotesByArticle: [String: [Int]] = [:]
    var figuresByArticle: [String: [Int]] = [:]
    /// Events an actor takes part in, each once.
    var eventsByParticipant: [String: [Int]] = [:]
    /// Quotes an actor said or relayed, each once.
    var quotesByActor: [String: [Int]] = [:]
    /// Disputes an actor holds a position in, each once.
    var disputesByActor: [String: [Int]] = [:]
    var membersByAffiliation: [String: [Int]] = [:]
    var placesByCountry: [String: [Int]] = [:]
    var eventsByPlace: [String: [Int]] = [:]
    /// Dated events in order, and where each stands among them.
    var datedEvents: [Int] = []
    var datedPosition: [String: Int] = [:]
    /// Article id → position in the briefing (newest first).
    var articleOrder: [String: Int] = [:]
    /// Citations rendered once per build.
    let citationTexts: CitationTexts

    init(_ briefing: Briefing, citationTexts: CitationTexts = .defaults) {
        self.citationTexts = citationTexts
        for (position, event) in briefing.events.enumerated() {
            if eventPosition[event.id] == nil { eventPosition[event.id] = position }
            var seen: Set<String> = []
            for participant in event.participants where seen.insert(participant.actor).inserted {
                eventsByParticipant[participant.actor, default: []].append(position)
            }
            if let place = event.place { eventsByPlace[place, default: []].append(position) }
            if event.date != nil {
                if datedPosition[event.id] == nil { datedPosition[event.id] = datedEvents.count }
                datedEvents.append(position)
            }
        }
        for (position, quote) in briefing.quotes.enumerated() {
            quotesByArticle[quote.article, default: []].append(position)
            quotesByActor[quote.speaker, default: []].append(position)
            if let via = quote.via, via != quote.speaker { quotesByActor[via, default: []].append(position) }
        }
        for (position, figure) in briefing.figures.enumerated() {
            figuresByArticle[figure.article, default: []].append(position)
        }
        for (position, dispute) in briefing.disputes.enumerated() {
            var seen: Set<String> = []
            for held in dispute.positions where seen.insert(held.actor).inserted {
                disputesByActor[held.actor, default: []].append(position)
            }
        }
        for (position, actor) in briefing.actors.enumerated() {
            if let affiliation = actor.affiliation { membersByAffiliation[affiliation, default: []].append(position) }
        }
        for (position, place) in briefing.places.enumerated() {
            if let country = place.country { placesByCountry[country, default: []].append(position) }
        }
        for (position, article) in briefing.articles.enumerated() where articleOrder[article.id] == nil {
            articleOrder[article.id] = position
        }
    }

    /// The events an article names, in the briefing's order, each once.
    func events(of article: Article) -> [Int] {
        Set(article.eventIDs.compactMap { eventPosition[$0] }).sorted()
    }
}
