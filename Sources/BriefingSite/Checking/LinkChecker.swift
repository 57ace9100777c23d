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
    /// Pages are judged in runs of neighbours on every core (a run's pages mostly share one
    /// folder, and so their verdicts); the diagnostics keep the pages' order.
    static func check(pages: [PageLinks], checking: Set<String>? = nil, files: Set<String>, outputName: String) -> [Diagnostic] {
        let idSets = concurrentMap(pages) { Set($0.ids) }
        var ids: [String: Set<String>] = [:]
        ids.reserveCapacity(pages.count)
        for (page, set) in zip(pages, idSets) { ids[page.path] = set }
        let judged = pages.filter { checking?.contains($0.path) ?? true }
        let runs = runs(of: judged, count: 2 * ProcessInfo.processInfo.activeProcessorCount)
        let (allIDs, judgedPages) = (ids, judged)
        return concurrentMap(runs) { run in
            check(Array(judgedPages[run]), files: files, ids: allIDs, outputName: outputName)
        }.flatMap { $0 }
    }

    /// Consecutive runs of about the same number of links: few, since each run judges its
    /// folders' shared links again, and even, since an actor page may hold a thousand times
    /// the links of another page.
    static func runs(of pages: [PageLinks], count: Int) -> [Range<Int>] {
        let total = pages.reduce(0) { $0 + $1.links.count }
        let share = max(1, total / max(1, count))
        var runs: [Range<Int>] = []
        var start = 0, links = 0
        for (index, page) in pages.enumerated() {
            links += page.links.count
            if links >= share {
                runs.append(start..<index + 1)
                (start, links) = (index + 1, 0)
            }
        }
        if start < pages.count { runs.append(start..<pages.count) }
        return runs
    }

    /// The diagnostics of one run of pages, in their order.
    private static func check(_ pages: [PageLinks], files: Set<String>, ids: [String: Set<String>], outputName: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Pages of one folder share most of their links (the layout's, citations): a link
        // resolves the same from every page of a folder, so each is judged once per
        // folder; only a bare `#fragment` depends on the page itself. Verdicts are kept
        // by folder, then by link, so that no key is built per link (a site of 10,000
        // articles has three million links).
        var judged: [String: [String: String?]] = [:]
        for page in pages {
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
        // Compared as bytes: links are checked by the hundred thousand.
        if URLPolicy.scheme(of: link) != nil || link.utf8.starts(with: "//".utf8) { return nil }  // external
        if link.isEmpty { return "empty link" }
        let hash = link.utf8.firstIndex(of: UInt8(ascii: "#"))
        let pathPart = decodePercents(link[..<(hash ?? link.endIndex)])
        let fragment = hash.map { decodePercents(link[link.utf8.index(after: $0)...]) }
        if pathPart.utf8.contains(UInt8(ascii: "?")) { return "query strings are not used in a static site" }
        var target = page
        if !pathPart.isEmpty {
            guard let resolved = resolve(pathPart, from: page) else { return "points outside the site" }
            target = resolved
            if target.isEmpty || target.utf8.last == UInt8(ascii: "/") { target += "index.html" }
            guard files.contains(target) else { return "no file '\(target)' in the site" }
        }
        if let fragment, !fragment.isEmpty, target.utf8.suffix(5).elementsEqual(".html".utf8) {
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
    /// Worked on bytes: the page's folders, then the link's steps (`.` stays, `..` climbs,
    /// an empty step is kept as written), joined with '/'.
    static func resolve(_ link: String, from page: String) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        if link.utf8.first == slash { return nil }
        var resolved: [UInt8] = []
        resolved.reserveCapacity(page.utf8.count + link.utf8.count)
        var starts: [Int] = []  // where each step begins in `resolved`, its '/' included
        func append(_ step: Substring.UTF8View) {
            starts.append(resolved.count)
            if starts.count > 1 { resolved.append(slash) }
            resolved.append(contentsOf: step)
        }
        for folder in page.utf8.split(separator: slash).dropLast() { append(folder) }
        for step in link.utf8.split(separator: slash, omittingEmptySubsequences: false) {
            if step.count == 1, step.first == dot { continue }
            if step.count == 2, step.allSatisfy({ $0 == dot }) {
                guard let start = starts.popLast() else { return nil }
                resolved.removeSubrange(start...)
                continue
            }
            append(step)
        }
        return String(decoding: resolved, as: UTF8.self)
    }
}
