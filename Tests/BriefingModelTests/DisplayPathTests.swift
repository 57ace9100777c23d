import Foundation
import Testing
@testable import BriefingModel

/// Paths already in standard form skip the `URL` round trip; every path must come out as
/// that round trip makes it.
@Suite struct DisplayPathTests {
    static let paths = [
        "/tmp/site/articles/fed-rate.md", "/tmp/site/", "/tmp//site/a.md", "/tmp/./site/a.md", "/tmp/site/../site/a.md",
        "/", "/tmp/site/..", "/tmp/site/.", "relative/a.md", "./a.md", "/tmp/名前/é.md", "/tmp/with space/a.md",
        FileManager.default.currentDirectoryPath + "/Tests/a.md",
    ]

    @Test(arguments: paths)
    func matchesTheURLRoundTrip(_ path: String) {
        let current = FileManager.default.currentDirectoryPath
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        let expected = standardized.hasPrefix(current + "/") ? String(standardized.dropFirst(current.count + 1)) : standardized
        #expect(DisplayPath.relative(path) == expected)
    }
}
