import BriefingModel
import BriefingRender
import BriefingTemplates
@testable import BriefingSite
import Foundation
import Testing

/// A build with nothing changed says so without loading the site; any change to what a
/// build reads, to its options or to its output makes a real build.
@Suite struct UpToDateTests {
    /// The phases a build went through, collected from its progress calls.
    final class Phases: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: Set<SiteBuilder.Progress.Phase> = []
        func record(_ progress: SiteBuilder.Progress) { lock.withLock { _ = seen.insert(progress.phase) } }
        var loaded: Bool { lock.withLock { seen.contains(.loading) } }
    }

    struct Workspace {
        let root = Fixtures.temporaryFolder()
        var site: URL { root.appendingPathComponent("site") }
        var output: URL { root.appendingPathComponent("public") }

        init() throws {
            try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        }

        func build(drafts: Bool = false) async throws -> (report: SiteBuilder.Report, loaded: Bool) {
            let phases = Phases()
            let report = try await SiteBuilder.build(.init(site: site, output: output, includeDrafts: drafts, search: false,
                                                           progress: { phases.record($0) }))
            return (report, phases.loaded)
        }

        func append(_ text: String, to relative: String) throws {
            let file = site.appendingPathComponent(relative)
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        }

        func write(_ text: String, to relative: String) throws {
            let file = site.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aSecondBuildWithNothingChangedDoesNotLoadAndKeepsTheOutput() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try await workspace.build()
        #expect(first.loaded && !first.report.unchanged)
        let before = snapshot(workspace.output)

        let second = try await workspace.build()
        #expect(!second.loaded, "an unchanged site is not loaded")
        #expect(second.report.unchanged && second.report.rendered == 0)
        #expect(second.report.pagesByKind == first.report.pagesByKind && second.report.files == first.report.files)
        #expect(second.report.summary.contains("up to date"), "\(second.report.summary)")
        #expect(snapshot(workspace.output) == before)

        // A new modification time on the same bytes is not a change.
        let article = workspace.site.appendingPathComponent("articles/talks-stall.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: article.path)
        #expect(try await workspace.build().report.unchanged)
    }

    /// One kind of input changed at a time: each makes a real build, whose output is then
    /// up to date again.
    @Test(arguments: ["article", "curated definition", "config", "template", "static file", "new file", "drafts option"])
    func anyChangedInputRebuilds(_ change: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = try await workspace.build()
        var drafts = false
        switch change {
        case "article":
            try workspace.append("\nA new closing paragraph.\n", to: "articles/talks-stall.md")
        case "curated definition":
            let actors = try FileManager.default.contentsOfDirectory(atPath: workspace.site.appendingPathComponent("actors").path)
            let curated = try #require(actors.sorted().first, "the fixture has curated actors")
            try workspace.append("\n# edited\n", to: "actors/" + curated)
        case "config":
            try workspace.append("\n# edited\n", to: "briefing.yml")
        case "template":
            let defaults = try #require(DefaultTemplates.directory)
            let text = try String(contentsOf: defaults.appendingPathComponent("place.md.mustache"), encoding: .utf8)
            try workspace.write(text + "\nEdited.\n", to: "templates/place.md.mustache")
        case "static file":
            try workspace.write("Press contacts.\n", to: "static/press.txt")
        case "new file":
            try workspace.write("id: notes\n", to: "notes.txt")
        default:
            drafts = true
        }
        let rebuilt = try await workspace.build(drafts: drafts)
        #expect(rebuilt.loaded && !rebuilt.report.unchanged, "\(change)")
        let again = try await workspace.build(drafts: drafts)
        #expect(!again.loaded && again.report.unchanged, "\(change)")
    }

    @Test(arguments: ["removed", "edited", "added"])
    func aChangedOutputRebuilds(_ change: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = try await workspace.build()
        let expected = snapshot(workspace.output)
        let page = workspace.output.appendingPathComponent("actors/maria-lopez.html")
        switch change {
        case "removed": try FileManager.default.removeItem(at: page)
        case "edited": try Data("tampered".utf8).write(to: page)
        default: try Data("stray".utf8).write(to: workspace.output.appendingPathComponent("stray.html"))
        }
        let rebuilt = try await workspace.build()
        #expect(rebuilt.loaded && !rebuilt.report.unchanged, "\(change)")
        #expect(snapshot(workspace.output) == expected)
    }

    /// The warnings of the build that made the output are part of every later report.
    @Test func warningsOfTheLastBuildAreReportedAgain() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try await workspace.build()
        let options = SiteBuilder.Options(site: workspace.site, output: workspace.output, search: false)
        let warning = Diagnostic(.warning, "an example warning", at: SourceLocation(path: "articles/talks-stall.md", line: 3, column: 7))
        let inputs = try #require(UpToDate.inputs(of: options)?.all)
        let state = try #require(UpToDate.outputState(of: workspace.output))
        UpToDate(inputs: inputs, output: workspace.output, outputState: state, pagesByKind: first.report.pagesByKind,
                 files: first.report.files, warnings: [warning]).save(site: workspace.site)

        let second = try await workspace.build()
        #expect(second.report.unchanged)
        #expect(second.report.warnings == [warning])
    }

    /// Known XXH64 values, so the digest is the published algorithm and stays stable.
    @Test func contentHashIsXXH64() {
        func hash(_ text: String, pieces: Int = 1) -> UInt64 {
            var hash = ContentHash()
            let bytes = Array(text.utf8)
            let size = max(1, bytes.count / pieces)
            for start in stride(from: 0, to: bytes.count, by: size) {
                bytes[start..<min(start + size, bytes.count)].withUnsafeBytes { hash.update($0) }
            }
            return hash.finalize()
        }
        #expect(hash("") == 0xEF46_DB37_51D8_E999)
        #expect(hash("abc") == 0x44BC_2CF5_AD77_0999)
        let long = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 7)
        #expect(hash(long) == hash(long, pieces: 5) && hash(long) == hash(long, pieces: 33))
    }
}
