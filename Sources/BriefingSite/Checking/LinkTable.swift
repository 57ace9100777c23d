import Foundation

/// One shared copy of each distinct link text of a build. Every page's links are held
/// until the link check at the end of the build (it needs every page's ids first), and a
/// site of 10,000 articles has three million links but about a tenth as many distinct
/// ones (the layout's, citations of the same paragraphs from many pages): held as
/// separate strings they were the largest part of a build's peak memory.
final class LinkTable: @unchecked Sendable {
    /// Several locks, so that the workers rendering pages rarely wait on each other.
    private let shards: [Shard]

    private final class Shard: @unchecked Sendable {
        // NSLock rather than Synchronization's Mutex, which ThreadSanitizer cannot see.
        let lock = NSLock()
        var texts: Set<String> = []
    }

    init(shards: Int = 16) {
        self.shards = (0..<max(1, shards)).map { _ in Shard() }
    }

    /// The table's copy of `link`, which becomes that copy when it is new.
    func shared(_ link: String) -> String {
        let utf8 = link.utf8
        // Up to 15 bytes a string is stored inline: there is no storage to share.
        guard utf8.count > 15 else { return link }
        // Length and last byte pick the shard without hashing the text twice.
        let shard = shards[(utf8.count &* 31 &+ Int(utf8.last ?? 0)) % shards.count]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.texts.insert(link).memberAfterInsert
    }

    /// Distinct links held.
    var count: Int {
        shards.reduce(0) { total, shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return total + shard.texts.count
        }
    }
}
