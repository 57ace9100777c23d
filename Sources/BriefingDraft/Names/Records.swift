import BriefingModel

/// Where something is in the text: sentence in reading order, then token.
struct TextPosition: Hashable, Comparable, Sendable {
    var sentence: Int
    var token: Int

    static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.sentence, a.token) < (b.sentence, b.token)
    }
}

/// What a title's qualifier names: a country (ISO code) or another chunk of text.
enum Qualifier: Hashable, Sendable {
    case country(String)
    case surface(String)
}

/// An actor the text introduces, as pass one finds it.
struct ActorDefinition: Sendable {
    var kind: ActorKind
    var name: String
    var role: String?
    var qualifier: Qualifier?
    /// The common noun that introduced it ("analysts", "exporter").
    var descriptor: String?
    var position: TextPosition
    /// Part of a state (ministry, institution, international body): never "the group".
    var governmental = false
    /// Found only as a one-word speaker: it may turn out to be someone's surname.
    var tentative = false
    /// An international body ("the alliance", "the bloc").
    var international = false
}

/// An actor while the finder builds it.
struct ActorRecord: Sendable {
    var name: String
    var kind: ActorKind
    var role: String?
    var qualifier: Qualifier?
    var affiliation: String?
    var aliases: [String] = []
    var countryCode: String?
    var governmental = false
    var international = false
    var descriptor: String?
    /// Lowercased words of a person's name.
    var nameWords: [String] = []
    var defined: TextPosition
    var lastMention: TextPosition?
    var firstMention: TextPosition?
    var mentions: [SourceRef] = []

    mutating func addAlias(_ alias: String) {
        let trimmed = alias.namesTrimmed
        guard !trimmed.isEmpty, trimmed.lowercased() != name.lowercased(),
              !aliases.contains(where: { $0.lowercased() == trimmed.lowercased() }) else { return }
        aliases.append(trimmed)
    }

    mutating func noteMention(_ position: TextPosition, ref: SourceRef) {
        if firstMention == nil || position < firstMention! { firstMention = position }
        if lastMention == nil || lastMention! < position { lastMention = position }
        if mentions.last != ref, !mentions.suffix(4).contains(ref) { mentions.append(ref) }
    }
}

struct PlaceRecord: Sendable {
    var name: String
    var kind: PlaceKind
    var countryCode: String?
    var first: TextPosition
    var mentions: [SourceRef] = []
}

extension String {
    /// Capitalised initials of a multi-word name: "World Trade Organisation" → "WTO".
    var nameInitials: String? {
        let words = split(whereSeparator: { $0 == " " || $0 == "-" })
            .filter { !["of", "the", "and", "for", "on", "&", "de", "du", "des", "la", "le"].contains($0.lowercased()) }
        guard words.count >= 2 else { return nil }
        var result = ""
        for word in words {
            guard let first = word.first, first.isUppercase else { return nil }
            if word.count > 1, word.allSatisfy({ $0.isUppercase || $0 == "." }) {
                result += word.filter { $0 != "." }
            } else {
                result.append(first)
            }
        }
        return result
    }

    var namesTrimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// The acronym without periods: "U.N." → "UN".
    var acronymKey: String { filter { $0 != "." } }
}
