import Foundation

// Each declaration decodes with Codable, rejects unknown keys and records where it was written.
// A bare string decodes as a reference to an item defined elsewhere: `- russia`.

extension ActorDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind, role, affiliation, aliases, description, wikidata, reviewed
    }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        if let id = decoder.bareReference() {
            self.id = id
            aliases = []
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        id = try c.decodeID(.id, in: decoder)
        name = try c.decodeTextIfPresent(.name, in: decoder)
        kind = try c.decodeVocabulary(ActorKind.self, forKey: .kind, in: decoder)
        role = try c.decodeTextIfPresent(.role, in: decoder)
        affiliation = try c.decodeIDIfPresent(.affiliation, in: decoder)
        aliases = try c.decodeStrings(.aliases)
        description = try c.decodeTextIfPresent(.description, in: decoder)
        wikidata = try c.decodeTextIfPresent(.wikidata, in: decoder)
    }

}

extension PlaceDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind, country, aliases, description, reviewed
    }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        if let id = decoder.bareReference() {
            self.id = id
            aliases = []
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        id = try c.decodeID(.id, in: decoder)
        name = try c.decodeTextIfPresent(.name, in: decoder)
        kind = try c.decodeVocabulary(PlaceKind.self, forKey: .kind, in: decoder)
        country = try c.decodeIDIfPresent(.country, in: decoder)
        aliases = try c.decodeStrings(.aliases)
        description = try c.decodeTextIfPresent(.description, in: decoder)
    }

}

extension Participant: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case actor, role }

    public init(from decoder: Decoder) throws {
        if let id = decoder.bareReference() {
            actor = id
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actor = try c.decodeID(.actor, in: decoder)
        role = try c.decodeTextIfPresent(.role, in: decoder)
    }
}

extension EventDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, date, end, place, participants, description, source, reviewed
    }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        if let id = decoder.bareReference() {
            self.id = id
            participants = []
            source = []
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        id = try c.decodeID(.id, in: decoder)
        title = try c.decodeTextIfPresent(.title, in: decoder)
        date = try Self.decodeDate(c, decoder: decoder)
        place = try c.decodeIDIfPresent(.place, in: decoder)
        participants = try c.decodeIfPresent([Lenient<Participant>].self, forKey: .participants)?.compactMap(\.value) ?? []
        description = try c.decodeTextIfPresent(.description, in: decoder)
        source = try c.decodeSources(.source, in: decoder)
    }


    private static func decodeDate(_ c: KeyedDecodingContainer<CodingKeys>, decoder: Decoder) throws -> Located<DateSpan>? {
        let format = "write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END"
        guard let text = try c.decodeDateText(.date) else {
            if c.contains(.end) { throw decoder.error("'end' needs a 'date' to start from", at: CodingKeys.end) }
            return nil
        }
        let location = decoder.location(of: CodingKeys.date, in: c)
        guard var span = DateSpan(parsing: text) else {
            throw Diagnostic.error("'\(text)' is not a date; \(format)", at: location)
        }
        if let endText = try c.decodeDateText(.end) {
            guard span.end == nil else { throw decoder.error("give the end either in 'date' as a range or in 'end', not both", at: CodingKeys.end) }
            guard let end = BriefingDate(parsing: endText) else {
                throw decoder.error("'\(endText)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", at: CodingKeys.end)
            }
            span.end = end
        }
        if let end = span.end, end < span.start {
            throw Diagnostic.error("the event ends (\(end.iso)) before it starts (\(span.start.iso))", at: location)
        }
        return Located(span, at: location)
    }
}

extension KeyedDecodingContainer {
    /// A date as written: YAML reads `2023` as a number and `2023-10-18` as a timestamp,
    /// so take the scalar's text whatever its type.
    func decodeDateText(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Int.self, forKey: key) { return String(number) }
        return try decode(String.self, forKey: key).trimmingCharacters(in: .whitespaces)
    }
}

extension PositionDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case actor, stance, claim, evidence, source, reviewed }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        actor = try c.decodeID(.actor, in: decoder)
        guard let stance = try c.decodeVocabulary(Stance.self, forKey: .stance, in: decoder) else {
            throw decoder.error("missing required field 'stance'")
        }
        self.stance = stance
        claim = try c.decodeText(.claim, in: decoder)
        evidence = try c.decodeTextIfPresent(.evidence, in: decoder)
        source = try c.decodeSources(.source, in: decoder)
        if source.isEmpty { throw decoder.error("missing required field 'source'") }
    }
}

extension DisputeDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, question, status, positions, description, reviewed }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        if let id = decoder.bareReference() {
            self.id = id
            positions = []
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        id = try c.decodeID(.id, in: decoder)
        question = try c.decodeTextIfPresent(.question, in: decoder)
        status = try c.decodeVocabulary(DisputeStatus.self, forKey: .status, in: decoder)
        positions = try c.decodeIfPresent([Lenient<PositionDeclaration>].self, forKey: .positions)?.compactMap(\.value) ?? []
        description = try c.decodeTextIfPresent(.description, in: decoder)
    }

}

extension QuoteDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case speaker, via, text, source, reviewed }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        speaker = try c.decodeID(.speaker, in: decoder)
        via = try c.decodeIDIfPresent(.via, in: decoder)
        text = try c.decodeText(.text, in: decoder)
        source = try c.decodeSources(.source, in: decoder)
        if source.isEmpty { throw decoder.error("missing required field 'source'") }
    }
}

extension FigureDeclaration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case value, unit, about, source, reviewed }

    public init(from decoder: Decoder) throws {
        origin = decoder.location
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reviewed = try c.decodeIfPresent(Bool.self, forKey: .reviewed)
        value = try c.decodeText(.value, in: decoder)
        unit = try c.decodeTextIfPresent(.unit, in: decoder)
        about = try c.decodeText(.about, in: decoder)
        source = try c.decodeSources(.source, in: decoder)
        if source.isEmpty { throw decoder.error("missing required field 'source'") }
    }
}

extension ArticleSourceInfo: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, url }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeTextIfPresent(.name, in: decoder)
        url = try c.decodeIDIfPresent(.url, in: decoder)
    }
}

/// The article's own fields; the item lists are decoded item by item (see `ArticleLoader`)
/// so that one bad item does not hide the problems of the others.
struct ArticleHeader: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, published, source, byline, summary, draft
    }

    static let sectionKeys = ["actors", "places", "events", "disputes", "quotes", "figures"]

    var title: String
    var published: BriefingDate
    var source: ArticleSourceInfo?
    var byline: String?
    var summary: String?
    var draft: Bool

    init(title: String, published: BriefingDate) {
        self.title = title
        self.published = published
        self.draft = false
    }

    init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, alsoAllowed: Self.sectionKeys)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeText(.title, in: decoder)
        guard let text = try c.decodeDateText(.published) else {
            throw decoder.error("missing required field 'published'")
        }
        guard let date = BriefingDate(parsing: text), date.precision == .day else {
            throw decoder.error("'published' must be a full date YYYY-MM-DD, not '\(text)'", at: CodingKeys.published)
        }
        published = date
        source = try c.decodeIfPresent(ArticleSourceInfo.self, forKey: .source)
        byline = try c.decodeTextIfPresent(.byline, in: decoder)
        summary = try c.decodeTextIfPresent(.summary, in: decoder)
        draft = try c.decodeIfPresent(Bool.self, forKey: .draft) ?? false
    }
}

extension SiteConfig: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, description, language, baseURL = "base_url"
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeText(.title, in: decoder)
        description = try c.decodeTextIfPresent(.description, in: decoder)
        language = try c.decodeTextIfPresent(.language, in: decoder) ?? "en"
        baseURL = try c.decodeTextIfPresent(.baseURL, in: decoder)
        if let baseURL, URLPolicy.scheme(of: baseURL).map({ ["http", "https"].contains($0) }) != true {
            throw decoder.error("'base_url' must be an absolute http or https URL, not '\(baseURL)'", at: CodingKeys.baseURL)
        }
    }
}
