/// The closed vocabularies of the model; a value outside them is an error with a suggestion.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Comparable where RawValue == String {
    static var vocabularyName: String { get }
}

extension Vocabulary {
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let all = Array(allCases)
        return (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }
}

public enum ActorKind: String, Vocabulary {
    case person, organization, country, media, group, other
    public static let vocabularyName = "actor kind"

    public var plural: String {
        switch self {
        case .person: "People"
        case .organization: "Organizations"
        case .country: "Countries"
        case .media: "Media"
        case .group: "Groups"
        case .other: "Others"
        }
    }
}

public enum PlaceKind: String, Vocabulary {
    case city, country, region, site, vessel, other
    public static let vocabularyName = "place kind"
}

public enum DisputeStatus: String, Vocabulary {
    case open, settled, retracted
    public static let vocabularyName = "dispute status"
}

public enum Stance: String, Vocabulary {
    case asserts, denies, questions, neutral
    public static let vocabularyName = "stance"

    public var heading: String {
        switch self {
        case .asserts: "Asserts"
        case .denies: "Denies"
        case .questions: "Questions"
        case .neutral: "Neutral"
        }
    }
}
