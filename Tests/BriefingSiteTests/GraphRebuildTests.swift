import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

/// A merge made again from the last one after body edits (`BriefingGraph.rebuild`, from the
/// `GraphArchive` bytes) equals a merge of every file from scratch: the articles with their
/// bodies, the actors with their mentions, every other list, and the errors.
@Suite struct GraphRebuildTests {
    static let stall = "articles/talks-stall.md"

    struct Site {
        let root = Fixtures.temporaryFolder()
        let site: URL
        init() throws { site = try Fixtures.copy("two-articles", in: root).site }
        func url(_ relative: String) -> URL { site.appendingPathComponent(relative) }
        func replace(_ relative: String, _ old: String, with new: String) throws {
            let text = try String(contentsOf: url(relative), encoding: .utf8)
            #expect(text.contains(old), "\(relative) has no '\(old)'")
            try text.replacingOccurrences(of: old, with: new).write(to: url(relative), atomically: true, encoding: .utf8)
        }
        /// Merged from scratch, or from `previous` when it is given and fits.
        func load(previous: Briefing? = nil, changed: Set<String> = [], known: KnownMentions = .init()) -> (briefing: Briefing?, diagnostics: [Diagnostic]) {
            var options = SiteLoader.Options()
            options.knownMentions = known
            if let previous { options.previousMerge = .init(briefing: previous, changed: changed) }
            return SiteLoader.load(site: site, options: options)
        }
    }

    static func expectSame(_ a: Briefing, _ b: Briefing, _ step: String) {
        #expect(a.articles == b.articles, "\(step): articles")
        #expect(a.actors == b.actors, "\(step): actors")
        #expect(a.places == b.places, "\(step): places")
        #expect(a.events == b.events, "\(step): events")
        #expect(a.disputes == b.disputes, "\(step): disputes")
        #expect(a.quotes == b.quotes, "\(step): quotes")
        #expect(a.figures == b.figures, "\(step): figures")
        #expect(a.unreviewed == b.unreviewed, "\(step): unreviewed")
    }

    /// The archive of a merge, read back: what a rebuild starts from.
    static func archived(_ briefing: Briefing) throws -> Briefing {
        try #require(GraphArchive.encode(briefing).withUnsafeBytes { GraphArchive.decode($0, config: briefing.config) })
    }

    @Test func theArchiveKeepsEverythingButBodiesAndMentions() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let full = try #require(site.load().briefing)
        let read = try Self.archived(full)
        #expect(read.articles.map(\.body).allSatisfy(\.isEmpty) && read.actors.allSatisfy(\.mentions.isEmpty))
        var bare = full
        bare.articles = full.articles.map { var article = $0; article.body = ""; article.paragraphs = []; return article }
        bare.actors = full.actors.map { var actor = $0; actor.mentions = []; return actor }
        Self.expectSame(read, bare, "archive")
        var truncated = GraphArchive.encode(full)
        truncated.removeLast()
        #expect(truncated.withUnsafeBytes { GraphArchive.decode($0, config: full.config) } == nil)
    }

    @Test func bodyEditsRebuildTheMergeOfAFullLoad() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try #require(site.load().briefing)
        let previous = try Self.archived(first)
        var known = KnownMentions(of: first)
        let edits: [(step: String, old: String, new: String)] = [
            ("a paragraph with mentions added", "Lopez walked out.", "Lopez walked out.\n\nMaria Lopez told the authority she would return."),
            ("a mention changed", "Maria Lopez told the authority she would return.", "Maria Lopez said she would return."),
            ("mentions removed", "Maria Lopez said she would return.", "Nobody said more."),
            ("a first paragraph added", "---\nThe harbour talks", "---\nA first paragraph.\n\nThe harbour talks"),
        ]
        for edit in edits {
            try site.replace(Self.stall, edit.old, with: edit.new)
            let rebuilt = site.load(previous: previous, changed: ["talks-stall"], known: known)
            let full = site.load()
            let briefing = try #require(rebuilt.briefing), reference = try #require(full.briefing)
            #expect(briefing.reusedMerge, "\(edit.step)")
            #expect(briefing.mentionSearches == 1, "\(edit.step)")
            #expect(rebuilt.diagnostics == full.diagnostics, "\(edit.step)")
            Self.expectSame(briefing, reference, edit.step)
            // What the next build is handed back is what the actors' mentions say, either way.
            #expect(briefing.mentionLists == KnownMentions(of: briefing), "\(edit.step)")
            #expect(reference.mentionLists == KnownMentions(of: reference), "\(edit.step)")
            known = KnownMentions(of: reference)
        }

        // A body edit that leaves a cited sentence without its paragraph: the full merge's errors.
        try site.replace(Self.stall, "\n\nThe authority denied any plan to cut night shifts. Lopez walked out.\n\nNobody said more.", with: "")
        try site.replace(Self.stall, "A first paragraph.\n\n", with: "")
        let broken = site.load(previous: previous, changed: ["talks-stall"], known: known)
        let reference = site.load()
        #expect(!reference.diagnostics.isEmpty)
        #expect(broken.diagnostics == reference.diagnostics)
    }

    @Test func anotherSetOfArticlesIsMergedWhole() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try #require(site.load().briefing)
        let previous = try Self.archived(first)
        let known = KnownMentions(of: first)
        let copy = site.url("articles/talks-stall-copy.md")
        try FileManager.default.copyItem(at: site.url(Self.stall), to: copy)
        let added = try #require(site.load(previous: previous, changed: ["talks-stall-copy"], known: known).briefing)
        #expect(!added.reusedMerge)
        Self.expectSame(added, try #require(site.load().briefing), "article added")

        try FileManager.default.removeItem(at: copy)
        try FileManager.default.removeItem(at: site.url(Self.stall))
        let deleted = try #require(site.load(previous: previous, changed: [], known: known).briefing)
        #expect(!deleted.reusedMerge)
        Self.expectSame(deleted, try #require(site.load().briefing), "article deleted")
    }
}
