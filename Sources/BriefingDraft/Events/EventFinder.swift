import BriefingModel

/// Finds things that happened or are planned, with participants, place and date.
public enum EventFinder {
    public static func find(in text: DraftText, actors: [DraftActor], places: [DraftPlace], mentions: MentionIndex, published: BriefingDate?) -> [DraftEvent] {
        []
    }
}
