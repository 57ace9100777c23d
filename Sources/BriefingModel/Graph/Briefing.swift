/// The merged model of a whole site: every article and the actors, places, events and
/// disputes they share. Built by `BriefingGraph.build`; all lists are sorted, so output
/// made from it is deterministic.
public struct Briefing: Sendable {
    public var config: SiteConfig
    /// Newest first, then by id.
    public var articles: [Article]
    /// By id.
    public var actors: [Actor]
    public var places: [Place]
    /// Chronological; undated events last, by id.
    public var events: [Event]
    public var disputes: [Dispute]
    /// In article order, then source order.
    public var quotes: [Quote]
    public var figures: [Figure]
    /// Where items drafted by `briefing import` still carry `reviewed: false`.
    public var unreviewed: [SourceLocation] = []
    /// How many articles the merge searched for mentions; the others' came from `KnownMentions`.
    public var mentionSearches = 0
    /// Each article's mentions as the merge found or reused them: what the next build is handed back.
    public var mentionLists = KnownMentions()
    /// How many article bodies the loader parsed with cmark; the others' outlines were cached.
    public var outlinedBodies = 0
    /// How many definition files the loader parsed; the others' parses were cached.
    public var parsedDefinitions = 0
    /// How many declarations (article front matter, definition files) the loader made, from YAML
    /// or from the cache; with the last merge kept, only the changed articles' are needed.
    public var decodedDeclarations = 0
    /// Made by `BriefingGraph.rebuild` from the last build's merge, not merged whole.
    public var reusedMerge = false
    /// Articles whose body was not read (their files unchanged since that merge): their `body`
    /// is empty, and a page that shows it reads it first.
    public var unreadBodies: Set<String> = []

    private var actorIndex: [String: Int] = [:]
    private var placeIndex: [String: Int] = [:]
    private var eventIndex: [String: Int] = [:]
    private var disputeIndex: [String: Int] = [:]
    private var articleIndex: [String: Int] = [:]

    public init(config: SiteConfig, articles: [Article], actors: [Actor], places: [Place],
                events: [Event], disputes: [Dispute], quotes: [Quote], figures: [Figure]) {
        self.config = config
        self.articles = articles
        self.actors = actors
        self.places = places
        self.events = events
        self.disputes = disputes
        self.quotes = quotes
        self.figures = figures
        actorIndex = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        placeIndex = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1.id, $0) })
        eventIndex = Dictionary(uniqueKeysWithValues: events.enumerated().map { ($1.id, $0) })
        disputeIndex = Dictionary(uniqueKeysWithValues: disputes.enumerated().map { ($1.id, $0) })
        articleIndex = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
    }

    public func actor(_ id: String) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func place(_ id: String) -> Place? { placeIndex[id].map { places[$0] } }
    public func event(_ id: String) -> Event? { eventIndex[id].map { events[$0] } }
    public func dispute(_ id: String) -> Dispute? { disputeIndex[id].map { disputes[$0] } }
    public func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }
    /// An article's title without copying the whole article (pages cite articles thousands of times).
    public func articleTitle(_ id: String) -> String? { articleIndex[id].map { articles[$0].title } }
}

public struct Paragraph: Sendable, Hashable {
    public var number: Int
    /// The file line the paragraph starts on.
    public var line: Int
    public var text: String
    /// Split when asked: only a `pN.sM` reference needs them, and splitting every
    /// paragraph of every article was a tenth of loading.
    public var sentences: [String] { Sentences.split(text) }

    public init(number: Int, line: Int, text: String) {
        self.number = number
        self.line = line
        self.text = text
    }
}

public struct Article: Sendable, Hashable {
    public var id: String
    public var path: String
    public var title: String
    public var published: BriefingDate
    public var sourceName: String?
    public var sourceURL: String?
    public var byline: String?
    public var summary: String?
    public var draft: Bool
    public var body: String
    public var paragraphs: [Paragraph]
    /// Everything the article lists or references, by id, sorted.
    public var actorIDs: [String]
    public var placeIDs: [String]
    public var eventIDs: [String]
    public var disputeIDs: [String]
}

public struct Actor: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var role: String?
    public var affiliation: String?
    public var aliases: [String]
    public var description: String?
    public var wikidata: String?
    /// Articles that list or reference the actor, newest first.
    public var articleIDs: [String]
    /// Paragraphs that mention the actor by name or alias.
    public var mentions: [Citation]
    /// false while an item drafted by `briefing import` awaits a person's check.
    public var reviewed = true

    /// The name first, then aliases, longest first: the order to search text in.
    public var searchNames: [String] {
        [name] + aliases.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// `searchNames`, each also with a capital first letter: an alias such as "the foreign
    /// minister" opens a sentence as "The foreign minister".
    public var mentionNames: [String] {
        var names: [String] = []
        for name in searchNames {
            for variant in [name, name.prefix(1).uppercased() + name.dropFirst()] where !names.contains(variant) {
                names.append(variant)
            }
        }
        return names
    }
}

public struct Place: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: PlaceKind
    public var country: String?
    public var aliases: [String]
    public var description: String?
    public var articleIDs: [String]
    public var reviewed = true
}

public struct EventParticipant: Sendable, Hashable {
    public var actor: String
    public var role: String?
}

public struct Event: Sendable, Hashable {
    public var id: String
    public var title: String
    public var date: DateSpan?
    public var place: String?
    public var participants: [EventParticipant]
    public var description: String?
    public var citations: [Citation]
    public var articleIDs: [String]
    public var reviewed = true
}

public struct Position: Sendable, Hashable {
    public var actor: String
    public var stance: Stance
    public var claim: String
    public var evidence: String?
    public var citations: [Citation]
    public var article: String
    public var reviewed = true
}

public struct Dispute: Sendable, Hashable {
    public var id: String
    public var question: String
    public var status: DisputeStatus
    public var description: String?
    public var positions: [Position]
    public var articleIDs: [String]
    public var reviewed = true
}

public struct Quote: Sendable, Hashable {
    public var speaker: String
    public var via: String?
    public var text: String
    public var citations: [Citation]
    public var article: String
    public var reviewed = true
}

public struct Figure: Sendable, Hashable {
    public var value: String
    public var unit: String?
    public var about: String
    public var citations: [Citation]
    public var article: String
    public var reviewed = true
}
