import BriefingSite
import Foundation
import Testing

/// The Markdown and HTML of every page of a small two-article site, compared with the
/// files under Tests/Fixtures/golden/. After a deliberate change, re-record them with
///
///     BRIEFING_RECORD_GOLDEN=1 swift test --filter GoldenTests
///
/// and review the diff (`git diff Tests/Fixtures/golden`) like code.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] == "1"

    @Test func twoArticleSiteMatchesGoldenFiles() async throws {
        let output = try await Fixtures.build(Fixtures.site("two-articles"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let golden = Fixtures.golden("two-articles")
        // The stylesheet and the output marker are not page output.
        let built = snapshot(output).filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".md") }

        if Self.recording {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in built {
                let file = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
            return
        }
        let expected = snapshot(golden)
        #expect(Set(built.keys) == Set(expected.keys), "pages differ from the golden files; re-record with BRIEFING_RECORD_GOLDEN=1 if intended")
        for path in built.keys.sorted() {
            guard let want = expected[path], let got = built[path] else { continue }
            let difference = firstDifference(String(decoding: want, as: UTF8.self), String(decoding: got, as: UTF8.self))
            #expect(difference == nil, "\(path) differs from its golden file at \(difference ?? "")")
        }
    }

    /// The same actor and event in two articles are one thing: participants, positions
    /// and sources merge.
    @Test func sharedItemsMergeAcrossArticles() async throws {
        let output = try await Fixtures.build(Fixtures.site("two-articles"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let event = try String(contentsOf: output.appendingPathComponent("events/harbour-talks.md"), encoding: .utf8)
        #expect(event.contains("[Dockers Union](../actors/dockers-union.html)"))
        #expect(event.contains("talks-open.html\\#p1"))
        #expect(event.contains("talks-stall.html\\#p1"))
        let dispute = try String(contentsOf: output.appendingPathComponent("disputes/night-shifts.md"), encoding: .utf8)
        #expect(dispute.contains("## Asserts"))
        #expect(dispute.contains("## Denies"))
        let actor = try String(contentsOf: output.appendingPathComponent("actors/maria-lopez.md"), encoding: .utf8)
        #expect(actor.contains("[Harbour talks stall](../articles/talks-stall.html)"))
        #expect(actor.contains("[Harbour talks open in Northport](../articles/talks-open.html)"))
    }

    @Test func twoBuildsGiveIdenticalBytes() async throws {
        let first = try await Fixtures.build(Fixtures.exampleSite)
        let second = try await Fixtures.build(Fixtures.exampleSite)
        defer {
            try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
        }
        let a = snapshot(first), b = snapshot(second)
        #expect(a.count > 50)
        #expect(a.keys.sorted() == b.keys.sorted())
        for path in a.keys.sorted() where a[path] != b[path] {
            Issue.record("\(path) differs between two builds of the same input")
        }
    }
}
