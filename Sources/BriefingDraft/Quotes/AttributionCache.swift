import Foundation

/// The last attribution text built, for callers that give the quote and dispute finders the
/// text, actors and mentions separately (the diagnosis of `Drafter.positions`, the tests), so
/// that the second call reuses what the first tokenised. The drafter does not use it: it builds
/// one attribution text and hands it to both. One entry; a different input replaces it. The
/// views are never changed after they are built, so sharing them between threads is safe.
final class AttributionCache: @unchecked Sendable {
    static let shared = AttributionCache()

    private let lock = NSLock()
    private var key: (text: DraftText, actors: [DraftActor], mentions: MentionIndex)?
    private var value: AttributionText?

    func text(for text: DraftText, actors: [DraftActor], mentions: MentionIndex) -> AttributionText {
        lock.lock()
        if let key, let value, key.text.paragraphs.count == text.paragraphs.count,
           key.actors == actors, key.text == text, key.mentions == mentions {
            lock.unlock()
            return value
        }
        lock.unlock()
        let built = AttributionText(text: text, actors: actors, mentions: mentions)
        lock.lock()
        key = (text, actors, mentions)
        value = built
        lock.unlock()
        return built
    }
}
