import BriefingModel
import BriefingSite
import Foundation
import Testing

/// Paths and helpers shared by the site tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func site(_ name: String) -> URL { root.appendingPathComponent("sites/\(name)") }
    static func golden(_ name: String) -> URL { root.appendingPathComponent("golden/\(name)") }
    static let exampleSite = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Site")

    /// A fresh folder under the system's temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the fixture site `name` at `root/site`, to be changed by a test, and the
    /// output folder `root/public` it builds into.
    static func copy(_ name: String, in root: URL) throws -> (site: URL, output: URL) {
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site(name), to: site)
        return (site, root.appendingPathComponent("public"))
    }

    /// Builds a site into a new temporary output folder and returns that folder. Search is
    /// off, so the pages do not depend on whether Pagefind is installed.
    static func build(_ site: URL, into output: URL? = nil) async throws -> URL {
        let output = output ?? temporaryFolder().appendingPathComponent("public")
        _ = try await SiteBuilder.build(.init(site: site, output: output, search: false))
        return output
    }
}

/// Every file below a folder, relative path → bytes.
func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let path = base + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return files
}

/// The first differing line of two texts, for a readable golden-file failure.
func firstDifference(_ expected: String, _ actual: String) -> String? {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
        let left = index < a.count ? String(a[index]) : "<end of file>"
        let right = index < b.count ? String(b[index]) : "<end of file>"
        if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
    }
    return nil
}
