import BriefingModel
import Testing
@testable import BriefingDraft

/// "Workers at the site told Reuters … “…,” one of them said": a member of a group voice speaks
/// for the group (MemberOfGroup.swift). Invented text.
@Suite struct MemberOfGroupTests {
    func speaker(_ raw: String, _ prefix: String) -> String? {
        Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix(prefix) }?.speaker
    }

    @Test func oneOfTheWorkersSpeaksForThem() {
        let raw = """
            Tenmark Contracting said on Monday that no worker had died of heat.

            Workers at the site told Reuters they had been ordered to keep pouring concrete past noon. "The supervisor said the inspectors would not come out," one of them said, asking not to be named.
            """
        #expect(speaker(raw, "The supervisor") == "Workers")
    }

    @Test func oneOfTwoCompaniesIsNoGroup() {
        // Must-not: "one of them" after two companies is neither company and no group.
        let raw = """
            Workers at the site told Reuters they had been ordered to keep working past noon.

            Tenmark and Gulf Falcon said they had followed the rules. "We stop work at 11 a.m.," one of them said.
            """
        #expect(speaker(raw, "We stop work") != "Workers")
    }

    static func positions(_ raw: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).map { "\($0.actor): \($0.statement)" }
    }

    @Test func severalSpeakForTheGroupBefore() {
        // "Several" opening its sentence is "several of them": the residents, not the dateline's country.
        let raw = """
            HANOI, Vietnam (AP) — Inspectors began questioning managers of a copper mine over the collapse of a waste dam.

            Residents of Na Lang, the village below the dam, say people did try to act. Several told The Associated Press they had seen water seeping from the embankment since the end of last year.
            """
        #expect(Self.positions(raw).contains { $0.hasPrefix("Residents:") && $0.contains("seeping") })
        #expect(!Self.positions(raw).contains { $0.hasPrefix("Vietnam:") && $0.contains("seeping") })
    }

    @Test func someAfterACompanyIsNoGroup() {
        // Must-not: a bare count after a company speaks for no company ("some" of it is nobody).
        let raw = """
            Tenmark Contracting said on Monday that no worker had died of heat. Some said the inspectors never came.
            """
        #expect(!Self.positions(raw).contains { $0.hasPrefix("Tenmark Contracting:") && $0.contains("inspectors") })
    }
}
