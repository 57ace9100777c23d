@testable import BriefingSite
import BriefingModel
import Foundation
import Testing

/// A build makes each page's view only when a worker renders it (`SitePlan.page`), so the
/// outline decided up front has to name exactly the pages the views describe.
@Suite struct SitePlanTests {
    @Test(arguments: [true, false])
    func outlinesNameThePagesTheirViewsDescribe(search: Bool) async throws {
        let briefing = try #require(await SiteLoader.load(site: Fixtures.exampleSite).briefing)
        let plan = SitePlan(briefing, search: search)
        let pages = plan.pages.map(plan.page)
        #expect(pages.map(\.kind) == plan.pages.map(\.kind))
        #expect(pages.map(\.id) == plan.pages.map(\.id))
        #expect(pages.map(\.path) == plan.pages.map(\.path))
        #expect(pages.map(\.markdownPath) == plan.pages.map(\.markdownPath))
        #expect(Set(plan.pages.map(\.path)).count == plan.pages.count)

        // Every subject of the briefing has its page, the lists and home once each.
        #expect(plan.pages.count(where: { $0.kind == .article }) == briefing.articles.count)
        #expect(plan.pages.count(where: { $0.kind == .actor }) == briefing.actors.count)
        #expect(plan.pages.count(where: { $0.kind == .event }) == briefing.events.count)
        #expect(plan.pages.count(where: { $0.kind == .dispute }) == briefing.disputes.count)
        #expect(plan.pages.count(where: { $0.kind == .place }) == briefing.places.count)
        #expect(plan.pages.filter { $0.kind == .list }.map(\.path)
                == SitePlanner.listPages.map(\.path) + (search ? ["search.html"] : []))
        #expect(plan.pages.first?.path == "index.html")
    }

    /// Pages are planned on several threads at once: the same outline always gives the same
    /// page, whichever thread makes it and in whatever order.
    @Test func planningInParallelGivesTheSamePages() async throws {
        let briefing = try #require(await SiteLoader.load(site: Fixtures.exampleSite).briefing)
        let plan = SitePlan(briefing, search: true)
        let fingerprint: @Sendable (PlannedPage) -> Fingerprint = { page in Fingerprint.of(page, templates: "", config: briefing.config, search: true) }
        let inOrder = plan.pages.map { fingerprint(plan.page($0)) }
        let parallel = await SiteBuilder.parallelMap(Array(plan.pages.reversed())) { fingerprint(plan.page($0)) }
        #expect(Array(parallel.reversed()) == inOrder)
        #expect(SitePlanner.plan(briefing, search: true).map(fingerprint) == inOrder)
    }

    /// An actor page lists its first twelve related actors: those of the whole order, most
    /// shared first and by id among equals, however many others tie with the twelfth.
    @Test func relatedActorsCutAtTwelveKeepTheWholeOrder() async throws {
        var briefing = try #require(await SiteLoader.load(site: Fixtures.site("two-articles")).briefing)
        let model = try #require(briefing.events.first)
        let someone = try #require(model.participants.first)
        func participant(_ id: String) -> EventParticipant {
            var participant = someone
            participant.actor = id
            return participant
        }
        // Maria Lopez shares one to three events with each of thirty others.
        for n in 0..<60 {
            var event = model
            event.id = "shared-\(n)"
            event.participants = [participant("maria-lopez"), participant("other-\((n * 7) % 30)")]
            if n % 4 == 0 { event.participants.append(participant("other-\(29 - n % 30)")) }
            briefing.events.append(event)
        }
        let index = PlanIndex(briefing)
        let whole = SitePlanner.relatedActors(of: "maria-lopez", in: briefing, index: index)
        #expect(whole.count > 12)
        for limit in [1, 5, 12, 20] {
            #expect(SitePlanner.relatedActors(of: "maria-lopez", in: briefing, index: index, limit: limit).map(\.id) == whole.prefix(limit).map(\.id))
        }
    }
}
