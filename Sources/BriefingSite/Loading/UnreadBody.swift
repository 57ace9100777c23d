import BriefingModel
import Foundation

/// The body of an article the loader did not read (`Briefing.unreadBodies`: its file was
/// unchanged since the last merge), read where its page is made again.
enum UnreadBody {
    /// The body of the article `id`, split from its file as the loader splits it, when the file
    /// still has the digest the build started from (`UpToDate.Digests.articles`, by name); nil
    /// when it changed since, or cannot be read.
    static func read(id: String, site: URL, digests: [String: UInt64]) -> String? {
        guard let name = [id + ".md", id + ".markdown"].first(where: { digests[$0] != nil }), let digest = digests[name] else { return nil }
        let relative = "articles/" + name
        guard let data = FileManager.default.contents(atPath: site.appendingPathComponent(relative).path),
              ContentHash.digest(of: data) == digest,
              // Decoded as `SiteFiles.read` decodes it (a leading byte-order mark dropped).
              let text = String(data: data, encoding: .utf8),
              case .success(let split) = FrontMatter.split(text, path: relative) else { return nil }
        return split.body
    }
}
