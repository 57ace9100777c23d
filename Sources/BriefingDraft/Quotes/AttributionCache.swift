import Foundation

/// The last attribution text built, so that the dispute stage reuses what the quote stage
/// tokenised from the same text, actors and mentions (the drafter runs them one after the
/// other). One entry; a different input replaces it. The views are never changed after
/// they are built, so sharing them between threads is safe.
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
