import BriefingModel

/// Where each actor and place is mentioned, sentence by sentence. The name stage builds
/// it; quotes, events and disputes read it to know who a sentence is about.
public struct MentionIndex: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case actor(String)   // a DraftActor name
        case place(String)   // a DraftPlace name
    }

    public struct Mention: Sendable, Hashable {
        public var target: Target
        public var sentence: SourceRef
        /// UTF-8 offsets of the mention in the sentence text.
        public var range: Range<Int>
        /// The words as written ("the foreign minister", "Moscow").
        public var surface: String

        public init(target: Target, sentence: SourceRef, range: Range<Int>, surface: String) {
            self.target = target
            self.sentence = sentence
            self.range = range
            self.surface = surface
        }
    }

    public private(set) var mentions: [Mention] = []
    private var bySentence: [SourceRef: [Int]] = [:]

    public init(_ mentions: [Mention] = []) {
        for mention in mentions { add(mention) }
    }

    public mutating func add(_ mention: Mention) {
        bySentence[mention.sentence, default: []].append(mentions.count)
        mentions.append(mention)
    }

    /// The mentions in one sentence, in text order.
    public func mentions(in sentence: SourceRef) -> [Mention] {
        (bySentence[sentence] ?? []).map { mentions[$0] }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    public func actors(in sentence: SourceRef) -> [Mention] {
        mentions(in: sentence).filter { if case .actor = $0.target { true } else { false } }
    }

    public func places(in sentence: SourceRef) -> [Mention] {
        mentions(in: sentence).filter { if case .place = $0.target { true } else { false } }
    }
}

extension MentionIndex.Target {
    public var name: String {
        switch self {
        case .actor(let name), .place(let name): name
        }
    }
}
