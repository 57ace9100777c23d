import BriefingModel

/// What `briefing import` drafts from raw text, before it is written as an article file.
/// Items refer to actors and places by `name`; `DraftLinker` turns names into ids.
public struct Draft: Sendable, Hashable {
    public var text: DraftText
    public var actors: [DraftActor] = []
    public var places: [DraftPlace] = []
    public var events: [DraftEvent] = []
    public var quotes: [DraftQuote] = []
    public var disputes: [DraftDispute] = []
    public var figures: [DraftFigure] = []

    public init(text: DraftText) { self.text = text }
}

public struct DraftActor: Sendable, Hashable {
    public var name: String
    public var kind: ActorKind
    public var role: String?
    /// The `name` of another actor.
    public var affiliation: String?
    public var aliases: [String]
    /// Sentences that mention the actor.
    public var mentions: [SourceRef]

    public init(name: String, kind: ActorKind, role: String? = nil, affiliation: String? = nil, aliases: [String] = [], mentions: [SourceRef] = []) {
        self.name = name
        self.kind = kind
        self.role = role
        self.affiliation = affiliation
        self.aliases = aliases
        self.mentions = mentions
    }
}

public struct DraftPlace: Sendable, Hashable {
    public var name: String
    public var kind: PlaceKind
    /// The `name` of a country actor, where known.
    public var country: String?
    public var mentions: [SourceRef]

    public init(name: String, kind: PlaceKind, country: String? = nil, mentions: [SourceRef] = []) {
        self.name = name
        self.kind = kind
        self.country = country
        self.mentions = mentions
    }
}

public struct DraftEvent: Sendable, Hashable {
    /// A short summary: the sentence's clause around the trigger, as written.
    public var title: String
    public var date: DateSpan?
    /// The words the date was resolved from, verbatim ("last month", "between Sept. 1 and Oct. 1").
    public var dateText: String?
    /// A place `name`.
    public var place: String?
    /// Actor `name`s.
    public var participants: [String]
    public var source: SourceRef

    public init(title: String, date: DateSpan? = nil, dateText: String? = nil, place: String? = nil, participants: [String] = [], source: SourceRef) {
        self.title = title
        self.date = date
        self.dateText = dateText
        self.place = place
        self.participants = participants
        self.source = source
    }
}

public struct DraftQuote: Sendable, Hashable {
    /// Actor `name`; nil when no speaker could be found (such a quote is not written).
    public var speaker: String?
    /// The media actor `name` relaying the quote.
    public var via: String?
    /// Exactly the words between the quote marks, minus one trailing comma or full stop.
    public var text: String
    public var source: SourceRef

    public init(speaker: String?, via: String? = nil, text: String, source: SourceRef) {
        self.speaker = speaker
        self.via = via
        self.text = text
        self.source = source
    }
}

public struct DraftDispute: Sendable, Hashable {
    /// A yes/no question.
    public var question: String
    public var sides: [DraftSide]

    public init(question: String, sides: [DraftSide]) {
        self.question = question
        self.sides = sides
    }
}

public struct DraftSide: Sendable, Hashable {
    /// Actor `name`.
    public var actor: String
    public var stance: Stance
    /// A short paraphrase or the clause as written.
    public var statement: String
    public var source: SourceRef

    public init(actor: String, stance: Stance, statement: String, source: SourceRef) {
        self.actor = actor
        self.stance = stance
        self.statement = statement
        self.source = source
    }
}

public struct DraftFigure: Sendable, Hashable {
    public var value: String
    public var unit: String?
    public var about: String
    public var source: SourceRef

    public init(value: String, unit: String? = nil, about: String, source: SourceRef) {
        self.value = value
        self.unit = unit
        self.about = about
        self.source = source
    }
}
