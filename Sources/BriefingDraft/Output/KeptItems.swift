import BriefingModel
import Yams

/// The items of an existing article file that a re-import keeps: those a person reviewed
/// (`reviewed: true`) or added (no `reviewed` key), written back as they are.
struct KeptItems {
    var actors: [Node] = []
    var places: [Node] = []
    var events: [Node] = []
    var disputes: [Node] = []
    var quotes: [Node] = []
    var figures: [Node] = []
    private(set) var ids: Set<String> = []
    private var actorNames: [String: String] = [:]
    private var placeNames: [String: String] = [:]
    private var quoteTexts: Set<String> = []
    private var figureKeys: Set<String> = []

    init(_ existing: ArticleDeclaration?) {
        guard let existing else { return }
        let keep: (Bool?) -> Bool = { $0 != false }
        for actor in existing.actors where keep(actor.reviewed) {
            actors.append(Self.node(actor))
            ids.insert(actor.id.value)
            if let name = actor.name { actorNames[name] = actor.id.value }
        }
        for place in existing.places where keep(place.reviewed) {
            places.append(Self.node(place))
            ids.insert(place.id.value)
            if let name = place.name { placeNames[name] = place.id.value }
        }
        for event in existing.events where keep(event.reviewed) {
            events.append(Self.node(event))
            ids.insert(event.id.value)
        }
        for dispute in existing.disputes where keep(dispute.reviewed) {
            disputes.append(Self.node(dispute))
            ids.insert(dispute.id.value)
        }
        for quote in existing.quotes where keep(quote.reviewed) {
            quotes.append(Self.node(quote))
            quoteTexts.insert(quote.text)
        }
        for figure in existing.figures where keep(figure.reviewed) {
            figures.append(Self.node(figure))
            figureKeys.insert(figure.value + "\u{0}" + figure.about)
        }
    }

    func has(_ id: String) -> Bool { ids.contains(id) }
    func actorID(named name: String) -> String? { actorNames[name] }
    func placeID(named name: String) -> String? { placeNames[name] }
    func hasQuote(_ text: String) -> Bool { quoteTexts.contains(text) }
    func hasFigure(value: String, about: String) -> Bool { figureKeys.contains(value + "\u{0}" + about) }

    // MARK: Declarations back to YAML

    typealias W = ArticleWriter

    static func fields(_ pairs: [(String, Node?)]) -> Node {
        W.mapping(pairs.compactMap { pair in pair.1.map { (pair.0, $0) } })
    }

    static func text(_ value: String?) -> Node? { value.map(W.scalar) }
    static func list(_ values: [String]) -> Node? { values.isEmpty ? nil : W.sequence(values.map(W.scalar), flow: true) }
    static func reviewed(_ value: Bool?) -> Node? { value.map { .scalar(.init($0 ? "true" : "false")) } }
    static func sources(_ refs: [Located<SourceRef>]) -> Node? { list(refs.map(\.value.description)) }

    static func node(_ actor: ActorDeclaration) -> Node {
        fields([("id", text(actor.id.value)), ("name", text(actor.name)), ("kind", text(actor.kind?.rawValue)),
                ("role", text(actor.role)), ("affiliation", text(actor.affiliation?.value)), ("aliases", list(actor.aliases)),
                ("description", text(actor.description)), ("wikidata", text(actor.wikidata)), ("reviewed", reviewed(actor.reviewed))])
    }

    static func node(_ place: PlaceDeclaration) -> Node {
        fields([("id", text(place.id.value)), ("name", text(place.name)), ("kind", text(place.kind?.rawValue)),
                ("country", text(place.country?.value)), ("aliases", list(place.aliases)),
                ("description", text(place.description)), ("reviewed", reviewed(place.reviewed))])
    }

    static func node(_ event: EventDeclaration) -> Node {
        let participants: Node? = event.participants.isEmpty ? nil : W.sequence(event.participants.map { participant in
            participant.role.map { W.mapping([("actor", W.scalar(participant.actor.value)), ("role", W.scalar($0))], flow: true) }
                ?? W.scalar(participant.actor.value)
        }, flow: true)
        return fields([("id", text(event.id.value)), ("title", text(event.title)), ("date", text(event.date?.value.description)),
                       ("place", text(event.place?.value)), ("participants", participants), ("description", text(event.description)),
                       ("source", sources(event.source)), ("reviewed", reviewed(event.reviewed))])
    }

    static func node(_ dispute: DisputeDeclaration) -> Node {
        let positions: Node? = dispute.positions.isEmpty ? nil : W.sequence(dispute.positions.map { position in
            fields([("actor", text(position.actor.value)), ("stance", text(position.stance.rawValue)), ("claim", text(position.claim)),
                    ("evidence", text(position.evidence)), ("source", sources(position.source)), ("reviewed", reviewed(position.reviewed))])
        })
        return fields([("id", text(dispute.id.value)), ("question", text(dispute.question)), ("status", text(dispute.status?.rawValue)),
                       ("positions", positions), ("description", text(dispute.description)), ("reviewed", reviewed(dispute.reviewed))])
    }

    static func node(_ quote: QuoteDeclaration) -> Node {
        fields([("speaker", text(quote.speaker.value)), ("via", text(quote.via?.value)), ("text", text(quote.text)),
                ("source", sources(quote.source)), ("reviewed", reviewed(quote.reviewed))])
    }

    static func node(_ figure: FigureDeclaration) -> Node {
        fields([("value", text(figure.value)), ("unit", text(figure.unit)), ("about", text(figure.about)),
                ("source", sources(figure.source)), ("reviewed", reviewed(figure.reviewed))])
    }
}
