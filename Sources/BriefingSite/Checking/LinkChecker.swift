import BriefingModel
import Foundation

/// Every internal `href` and `src` of every page must name a file of the new site, and
/// its `#fragment` an id on that page. A broken link can only come from a template or
/// a bug, so it fails the build.
enum LinkChecker {
    struct PageLinks: Sendable {
        var path: String
        var links: [String]
        var ids: [String]
    }

    /// `checking`: the pages whose links are judged (nil: all); every page's ids count.
    static func check(pages: [PageLinks], checking: Set<String>? = nil, files: Set<String>, outputName: String) -> [Diagnostic] {
        var ids: [String: Set<String>] = [:]
        for page in pages { ids[page.path] = Set(page.ids) }
        var diagnostics: [Diagnostic] = []
        // Pages of one folder share most of their links (the layout's, citations): a link
        // resolves the same from every page of a folder, so each is judged once per
        // folder; only a bare `#fragment` depends on the page itself. Verdicts are kept
        // by folder, then by link, so that no key is built per link (a site of 10,000
        // articles has three million links).
        var judged: [String: [String: String?]] = [:]
        for page in pages where checking?.contains(page.path) ?? true {
            let path = page.path
            var reported: Set<String> = []
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
            var verdicts = judged.removeValue(forKey: folder) ?? [:]
            for link in page.links where !reported.contains(link) {
                let problem: String?
                if link.utf8.first == UInt8(ascii: "#") {
                    problem = Self.problem(with: link, on: path, files: files, ids: ids)
                } else if let known = verdicts[link] {
                    problem = known
                } else {
                    problem = Self.problem(with: link, on: path, files: files, ids: ids)
                    verdicts[link] = problem
                }
                guard let problem else { continue }
                reported.insert(link)
                diagnostics.append(.error("broken link '\(link)': \(problem)", at: SourceLocation(path: outputName + "/" + path)))
            }
            judged[folder] = verdicts
        }
        return diagnostics
    }

    static func problem(with link: String, on page: String, files: Set<String>, ids: [String: Set<String>]) -> String? {
        if URLPolicy.scheme(of: link) != nil || link.hasPrefix("//") { return nil }  // external
        if link.isEmpty { return "empty link" }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = decodePercents(parts[0])
        let fragment = parts.count > 1 ? decodePercents(parts[1]) : nil
        if pathPart.utf8.contains(UInt8(ascii: "?")) { return "query strings are not used in a static site" }
        var target = page
        if !pathPart.isEmpty {
            guard let resolved = resolve(pathPart, from: page) else { return "points outside the site" }
            target = resolved
            if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
            guard files.contains(target) else { return "no file '\(target)' in the site" }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
            guard ids[target]?.contains(fragment) == true else { return "no id '\(fragment)' on '\(target)'" }
        }
        return nil
    }

    /// Foundation's percent decoding, only for the text that has a `%` (few links do).
    static func decodePercents(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return String(text).removingPercentEncoding ?? String(text)
    }

    /// `../actors/x.html` from `events/y.html` → `actors/x.html`; nil when it climbs out.
    static func resolve(_ link: String, from page: String) -> String? {
        var components = page.split(separator: "/").dropLast().map(String.init)
        if link.hasPrefix("/") { return nil }
        for component in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
