import BriefingModel

/// Finds the actors and places of a text and every sentence that mentions them.
public enum NameFinder {
    public struct Result: Sendable {
        public var actors: [DraftActor]
        public var places: [DraftPlace]
        public var mentions: MentionIndex
    }

    public static func find(in text: DraftText, gazetteer: Gazetteer = .standard) -> Result {
        Result(actors: [], places: [], mentions: MentionIndex())
    }
}
