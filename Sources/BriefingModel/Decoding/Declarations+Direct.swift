import Yams

// Each declaration read directly (`DirectlyDecodable`), field by field as its `init(from:)`
// in Declarations+Decodable.swift reads it; any step that would fail or report is nil there.

extension ActorDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> ActorDeclaration? {
        guard let origin = context.location(of: node) else { return nil }
        if let id = context.bareReference(node) {
            return ActorDeclaration(id: id, aliases: [], origin: origin)
        }
        guard let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let id = f.id("id"), let name = f.optionalText("name"),
              let kind = f.vocabulary(ActorKind.self, "kind"), let role = f.optionalText("role"),
              let affiliation = f.optionalID("affiliation"), let aliases = f.strings("aliases"),
              let description = f.optionalText("description"), let wikidata = f.optionalText("wikidata") else { return nil }
        return ActorDeclaration(id: id, name: name, kind: kind, role: role, affiliation: affiliation, aliases: aliases,
                                description: description, wikidata: wikidata, reviewed: reviewed, origin: origin)
    }
}

extension PlaceDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> PlaceDeclaration? {
        guard let origin = context.location(of: node) else { return nil }
        if let id = context.bareReference(node) {
            return PlaceDeclaration(id: id, aliases: [], origin: origin)
        }
        guard let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let id = f.id("id"), let name = f.optionalText("name"),
              let kind = f.vocabulary(PlaceKind.self, "kind"), let country = f.optionalID("country"),
              let aliases = f.strings("aliases"), let description = f.optionalText("description") else { return nil }
        return PlaceDeclaration(id: id, name: name, kind: kind, country: country, aliases: aliases, description: description,
                                reviewed: reviewed, origin: origin)
    }
}

extension Participant: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> Participant? {
        if let id = context.bareReference(node) { return Participant(actor: id) }
        guard let f = DirectFields(node, known: keys, context: context),
              let actor = f.id("actor"), let role = f.optionalText("role") else { return nil }
        return Participant(actor: actor, role: role)
    }
}

extension EventDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> EventDeclaration? {
        guard let origin = context.location(of: node) else { return nil }
        if let id = context.bareReference(node) {
            return EventDeclaration(id: id, participants: [], source: [], origin: origin)
        }
        guard let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let id = f.id("id"), let title = f.optionalText("title"),
              let date = directDate(f), let place = f.optionalID("place"),
              let participants = f.list(Participant.self, "participants"), let description = f.optionalText("description"),
              let source = f.sources("source") else { return nil }
        return EventDeclaration(id: id, title: title, date: date, place: place, participants: participants, description: description,
                                source: source, reviewed: reviewed, origin: origin)
    }

    /// `decodeDate`: `.some(nil)` without a date; nil where it would throw.
    private static func directDate(_ f: DirectFields) -> Located<DateSpan>?? {
        guard let text = f.dateText("date") else { return nil }
        guard let text else { return f.node("end") == nil ? .some(nil) : nil }
        guard let node = f.node("date"), let location = f.context.location(of: node), var span = DateSpan(parsing: text),
              let endText = f.dateText("end") else { return nil }
        if let endText {
            guard span.end == nil, let end = BriefingDate(parsing: endText) else { return nil }
            span.end = end
        }
        if let end = span.end, end < span.start { return nil }
        return .some(Located(span, at: location))
    }
}

extension PositionDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> PositionDeclaration? {
        guard let origin = context.location(of: node), let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let actor = f.id("actor"),
              let stance = f.vocabulary(Stance.self, "stance").flatMap({ $0 }), let claim = f.text("claim"),
              let evidence = f.optionalText("evidence"), let source = f.sources("source"), !source.isEmpty else { return nil }
        return PositionDeclaration(actor: actor, stance: stance, claim: claim, evidence: evidence, source: source,
                                   reviewed: reviewed, origin: origin)
    }
}

extension DisputeDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> DisputeDeclaration? {
        guard let origin = context.location(of: node) else { return nil }
        if let id = context.bareReference(node) {
            return DisputeDeclaration(id: id, positions: [], origin: origin)
        }
        guard let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let id = f.id("id"), let question = f.optionalText("question"),
              let status = f.vocabulary(DisputeStatus.self, "status"),
              let positions = f.list(PositionDeclaration.self, "positions"), let description = f.optionalText("description") else { return nil }
        return DisputeDeclaration(id: id, question: question, status: status, positions: positions, description: description,
                                  reviewed: reviewed, origin: origin)
    }
}

extension QuoteDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> QuoteDeclaration? {
        guard let origin = context.location(of: node), let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let speaker = f.id("speaker"), let via = f.optionalID("via"),
              let text = f.text("text"), let source = f.sources("source"), !source.isEmpty else { return nil }
        return QuoteDeclaration(speaker: speaker, via: via, text: text, source: source, reviewed: reviewed, origin: origin)
    }
}

extension FigureDeclaration: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> FigureDeclaration? {
        guard let origin = context.location(of: node), let f = DirectFields(node, known: keys, context: context),
              let reviewed = f.optionalBool("reviewed"), let value = f.text("value"), let unit = f.optionalText("unit"),
              let about = f.text("about"), let source = f.sources("source"), !source.isEmpty else { return nil }
        return FigureDeclaration(value: value, unit: unit, about: about, source: source, reviewed: reviewed, origin: origin)
    }
}

extension ArticleSourceInfo: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue)

    static func direct(_ node: Node, in context: DirectContext) -> ArticleSourceInfo? {
        guard let f = DirectFields(node, known: keys, context: context),
              let name = f.optionalText("name"), let url = f.optionalID("url") else { return nil }
        return ArticleSourceInfo(name: name, url: url)
    }
}

extension ArticleHeader: DirectlyDecodable {
    private static let keys = CodingKeys.allCases.map(\.stringValue) + sectionKeys

    static func direct(_ node: Node, in context: DirectContext) -> ArticleHeader? {
        guard let f = DirectFields(node, known: keys, context: context), let title = f.text("title"),
              let publishedText = f.dateText("published").flatMap({ $0 }),
              let published = BriefingDate(parsing: publishedText), published.precision == .day else { return nil }
        let source: ArticleSourceInfo?
        if let node = f.present("source") {
            guard let info = ArticleSourceInfo.direct(node, in: context) else { return nil }
            source = info
        } else {
            source = nil
        }
        guard let byline = f.optionalText("byline"), let summary = f.optionalText("summary"),
              let draft = f.optionalBool("draft") else { return nil }
        var header = ArticleHeader(title: title, published: published)
        (header.source, header.byline, header.summary, header.draft) = (source, byline, summary, draft ?? false)
        return header
    }
}
