import BriefingModel

/// Finds claims asserted by one actor and denied or questioned by another.
public enum DisputeFinder {
    public static func find(in text: DraftText, actors: [DraftActor], mentions: MentionIndex, quotes: [DraftQuote]) -> [DraftDispute] {
        []
    }
}
