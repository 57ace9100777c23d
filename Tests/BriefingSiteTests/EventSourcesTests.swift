@testable import BriefingSite
import BriefingModel
import BriefingRender
import Foundation
import Testing

/// Away from its own page an event line shows its first three sources and links to the rest
/// on the event's page, which lists every one: an actor in a thousand events, each told by a
/// dozen articles, had a page of megabytes of repeated links.
@Suite struct EventSourcesTests {
    /// The two-article site with "Harbour talks begin" told by `count` paragraphs of its article.
    static func briefing(sources count: Int) async throws -> Briefing {
        var briefing = try #require(await SiteLoader.load(site: Fixtures.site("two-articles")).briefing)
        let event = try #require(briefing.events.firstIndex { $0.id == "harbour-talks" })
        briefing.events[event].citations = (1...count).map { Citation(article: "talks-open", ref: SourceRef(paragraph: $0)) }
        return briefing
    }

    static func rendered(_ path: String, of briefing: Briefing) throws -> RenderedPage {
        let plan = SitePlan(briefing, search: false)
        let outline = try #require(plan.pages.first { $0.path == path })
        let templates = try #require(TemplateLibrary.load(overrides: nil).library)
        return PageRenderer(templates: templates, config: briefing.config).render(plan.page(outline))
    }

    static func markdown(_ path: String, of briefing: Briefing) throws -> String { try rendered(path, of: briefing).markdown }

    static func line(_ title: String, in markdown: String) throws -> String {
        try #require(markdown.split(separator: "\n").first { $0.contains("[\(title)]") }).description
    }

    @Test func linesAwayFromTheEventShowThreeSourcesAndCountTheRest() async throws {
        let briefing = try await Self.briefing(sources: 5)
        for (path, events) in [("actors/maria-lopez.html", "../events/harbour-talks.html"), ("places/northport.html", "../events/harbour-talks.html"),
                               ("events.html", "events/harbour-talks.html"), ("timeline.html", "events/harbour-talks.html")] {
            let line = try Self.line("Harbour talks begin", in: Self.markdown(path, of: briefing))
            #expect(line.components(separatedBy: "[¶").count - 1 == 3, "\(path): \(line)")
            #expect(line.contains("\\#p3 ") && !line.contains("\\#p4 "), "\(path): \(line)")
            #expect(line.hasSuffix(" [and 2 more](\(events)\\#sources)"), "\(path): \(line)")
        }
        // The timeline's HTML is made by its own template.
        #expect(try Self.rendered("timeline.html", of: briefing).html.contains("<a href=\"events/harbour-talks.html#sources\">and 2 more</a>"))
        // The event's own page lists all five.
        let own = try Self.markdown("events/harbour-talks.html", of: briefing)
        #expect(own.components(separatedBy: "[¶").count - 1 == 5)
        #expect(!own.contains("more]("))
    }

    @Test(arguments: [1, 3])
    func threeSourcesOrFewerAreAllShownWithNoCount(sources: Int) async throws {
        let line = try Self.line("Harbour talks begin", in: Self.markdown("actors/maria-lopez.html", of: await Self.briefing(sources: sources)))
        #expect(line.components(separatedBy: "[¶").count - 1 == sources)
        #expect(!line.contains("more]("))
    }
}
