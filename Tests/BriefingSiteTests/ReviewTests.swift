import BriefingModel
@testable import BriefingSite
import Foundation
import Testing

/// Items drafted by `briefing import` carry `reviewed: false` until a person checks them.
@Suite struct ReviewTests {
    static func siteWithUnreviewedActor() throws -> URL {
        let site = Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        let article = site.appendingPathComponent("articles/talks-open.md")
        var text = try String(contentsOf: article, encoding: .utf8)
        text = text.replacingOccurrences(of: "    role: Union leader\n", with: "    role: Union leader\n    reviewed: false\n")
        text = text.replacingOccurrences(of: "    text: We came to talk, not to listen.\n", with: "    text: We came to talk, not to listen.\n    reviewed: false\n")
        try text.write(to: article, atomically: true, encoding: .utf8)
        return site
    }

    @Test func unreviewedItemsAreMarkedOnPages() async throws {
        let site = try Self.siteWithUnreviewedActor()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let output = try await Fixtures.build(site, into: site.deletingLastPathComponent().appendingPathComponent("public"))
        let actor = try String(contentsOf: output.appendingPathComponent("actors/maria-lopez.md"), encoding: .utf8)
        #expect(actor.contains("*Drafted by `briefing import` and not reviewed yet.*"))
        #expect(actor.contains("> “We came to talk, not to listen.” *(unreviewed)*"))
        let list = try String(contentsOf: output.appendingPathComponent("actors.md"), encoding: .utf8)
        #expect(list.contains("- [Maria Lopez](actors/maria-lopez.html) *(unreviewed)* — Union leader"))
        #expect(!list.contains("[Port Authority](actors/port-authority.html) *(unreviewed)*"))
        let reviewed = try String(contentsOf: output.appendingPathComponent("actors/port-authority.md"), encoding: .utf8)
        #expect(!reviewed.contains("not reviewed"))
    }

    @Test func strictCheckFailsWhileItemsAreUnreviewed() async throws {
        let site = try Self.siteWithUnreviewedActor()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let relaxed = await SiteLoader.load(site: site)
        #expect(!relaxed.diagnostics.hasErrors)
        let strict = await SiteLoader.load(site: site, options: .init(strict: true))
        #expect(strict.diagnostics.map { "\(($0.location.path as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.message)" } == [
            "talks-open.md:8:5: drafted by 'briefing import' and not reviewed yet; check it, then set 'reviewed: true'",
            "talks-open.md:45:5: drafted by 'briefing import' and not reviewed yet; check it, then set 'reviewed: true'",
        ])
    }
}
