/// One item that cost the draft a point: a gold item not found, a drafted item with no gold
/// counterpart, or a found item with the wrong date or speaker. `briefing-eval --misses`
/// lists them, so that rules are fixed by cause rather than by guess.
public struct Miss: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable { case actors, quotes, events, disputes }
    public enum Kind: String, Sendable, Hashable {
        case missed, spurious
        case wrongDate = "wrong date"
        case wrongSpeaker = "wrong speaker"
    }

    public var category: Category
    public var kind: Kind
    /// What the gold model says, when there is a gold item.
    public var gold: String?
    /// What the draft says, when there is a drafted item.
    public var drafted: String?
    /// The sentence or topic the item belongs to.
    public var context: String?

    public init(category: Category, kind: Kind, gold: String? = nil, drafted: String? = nil, context: String? = nil) {
        self.category = category
        self.kind = kind
        self.gold = gold
        self.drafted = drafted
        self.context = context
    }

    /// One line per miss, with its context indented below.
    public var description: String {
        var line = "\(kind.rawValue):"
        if let gold { line += " gold \(gold)" }
        if let drafted { line += gold == nil ? " \(drafted)" : " | drafted \(drafted)" }
        if let context { line += "\n      in: \(context)" }
        return line
    }
}
