import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

/// The drafter runs independent stages at the same time; the draft must be the one the
/// stages give run one after the other.
@Suite struct DrafterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The stages in their written order, on one thread.
    static func draftInOrder(_ raw: String, published: BriefingDate?) -> Draft {
        let text = TextSplitter.split(raw)
        let names = NameFinder.find(in: text, gazetteer: .standard)
        let quotes = QuoteFinder.find(in: text, actors: names.actors, mentions: names.mentions)
        var draft = Draft(text: text)
        draft.actors = names.actors
        draft.places = names.places
        draft.quotes = quotes
        draft.events = EventFinder.find(in: text, actors: names.actors, places: names.places, mentions: names.mentions, published: published)
        draft.disputes = DisputeFinder.find(in: text, actors: names.actors, mentions: names.mentions)
        draft.figures = FigureFinder.find(in: text)
        return draft
    }

    static func articles() throws -> [String] {
        try ["articles", "heldout-c/articles"].flatMap { folder in
            let directory = fixtures.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
                .map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
        }
    }

    @Test func concurrentStagesDraftWhatTheStagesInOrderDraft() throws {
        let published = BriefingDate(year: 2024, month: 8, day: 25)
        let texts = try Self.articles()
        #expect(texts.count >= 6)
        for raw in texts {
            let draft = Drafter.draft(raw, published: published)
            #expect(draft == Self.draftInOrder(raw, published: published))
            #expect(!draft.actors.isEmpty)
        }
        // One long text: every stage has work long enough for the threads to overlap.
        let long = texts.joined(separator: "\n\n")
        #expect(Drafter.draft(long, published: published) == Self.draftInOrder(long, published: published))
    }

    @Test func repeatedTitlesCountOnWithoutReusingAnId() {
        var table = IDTable()
        let kept = KeptItems(nil)
        let ids = ["Talks resume", "Talks resume", "Talks resume 3", "Talks resume", "Talks resume", "Other"].map { table.make($0, keeping: kept) }
        #expect(ids == ["talks-resume", "talks-resume-2", "talks-resume-3", "talks-resume-4", "talks-resume-5", "other"])
    }

    @Test func togetherReturnsBothResultsInArgumentOrder() {
        let (first, second) = Drafter.together({ (1...1000).reduce(0, +) }, { String(repeating: "x", count: 3) })
        #expect(first == 500_500)
        #expect(second == "xxx")
    }
}
