import BriefingModel

/// Finds every quoted span and who said it.
public enum QuoteFinder {
    public static func find(in text: DraftText, actors: [DraftActor], mentions: MentionIndex) -> [DraftQuote] {
        []
    }
}
