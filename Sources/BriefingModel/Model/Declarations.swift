/// What one file says about an item, before the items of all files merge.
/// Fields are optional because a file may only reference an item defined elsewhere.

public struct ActorDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var name: String?
    public var kind: ActorKind?
    public var role: String?
    public var affiliation: Located<String>?
    public var aliases: [String]
    public var description: String?
    public var wikidata: String?
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct PlaceDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var name: String?
    public var kind: PlaceKind?
    public var country: Located<String>?
    public var aliases: [String]
    public var description: String?
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct Participant: Sendable, Hashable {
    public var actor: Located<String>
    public var role: String?
}

public struct EventDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var title: String?
    public var date: Located<DateSpan>?
    public var place: Located<String>?
    public var participants: [Participant]
    public var description: String?
    public var source: [Located<SourceRef>]
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct PositionDeclaration: Sendable, Hashable {
    public var actor: Located<String>
    public var stance: Stance
    public var claim: String
    public var evidence: String?
    public var source: [Located<SourceRef>]
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct DisputeDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var question: String?
    public var status: DisputeStatus?
    public var positions: [PositionDeclaration]
    public var description: String?
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct QuoteDeclaration: Sendable, Hashable {
    public var speaker: Located<String>
    public var via: Located<String>?
    public var text: String
    public var source: [Located<SourceRef>]
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct FigureDeclaration: Sendable, Hashable {
    public var value: String
    public var unit: String?
    public var about: String
    public var source: [Located<SourceRef>]
    /// false for an item drafted by `briefing import` that no person has checked yet.
    public var reviewed: Bool?
    public var origin: SourceLocation
}

public struct ArticleSourceInfo: Sendable, Hashable {
    public var name: String?
    public var url: Located<String>?
}

/// The front matter of one article file.
public struct ArticleDeclaration: Sendable, Hashable {
    public var title: String
    public var published: BriefingDate
    public var source: ArticleSourceInfo?
    public var byline: String?
    public var summary: String?
    public var draft: Bool
    public var actors: [ActorDeclaration] = []
    public var places: [PlaceDeclaration] = []
    public var events: [EventDeclaration] = []
    public var disputes: [DisputeDeclaration] = []
    public var quotes: [QuoteDeclaration] = []
    public var figures: [FigureDeclaration] = []
}

/// `briefing.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var language: String
    public var baseURL: String?

    public init(title: String, description: String? = nil, language: String = "en", baseURL: String? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
    }
}
