import BriefingModel
import Testing
@testable import BriefingDraft

/// Actor probe (issue 3, helper ac): general kinds of actor errors, each in several surface
/// forms of wire copy, with what the rule must leave alone. The sentences are invented.
@Suite struct ActorProbeTests {
    func find(_ raw: String) -> NameFinder.Result {
        NameFinder.find(in: TextSplitter.split(raw), gazetteer: .standard)
    }

    func actor(_ result: NameFinder.Result, _ name: String) -> DraftActor? {
        result.actors.first { $0.name == name }
    }

    func names(_ result: NameFinder.Result) -> Set<String> { Set(result.actors.map(\.name)) }

    // MARK: A field word opening a sentence is part of the title

    @Test func aFieldWordOpeningASentenceIsNoBody() {
        let result = find("""
            Industry analyst Kwame Boateng said the numbers were plausible.
            Market strategist Anne Roy said traders were cautious. Energy economist Lisa Marr said prices would fall.
            """)
        #expect(actor(result, "Industry") == nil)
        #expect(actor(result, "Market") == nil)
        #expect(actor(result, "Energy") == nil)
        #expect(actor(result, "Kwame Boateng")?.kind == .person)
        #expect(actor(result, "Anne Roy")?.kind == .person)
        #expect(actor(result, "Lisa Marr")?.kind == .person)
    }

    @Test func aBodyWordBeforeATitleStaysABody() {
        let result = find("""
            The Treasury imposed sanctions on two banks on Monday.
            Treasury spokesman Ian Booth said more would follow. Gazprom chief executive Pavel Orlov declined to comment.
            """)
        #expect(actor(result, "Treasury") != nil)
        #expect(actor(result, "Gazprom") != nil)
    }

    // MARK: ", or ACRONYM" names the body before it

    @Test func anAcronymAfterCommaOrIsTheBodysAlias() throws {
        let result = find("""
            The audit was requested by the Alliance for National Renewal, or ANR, which lost the vote.
            The United Farmers' Front, or FUC, backed the audit. The FUC said it would march on Friday.
            """)
        let front = try #require(actor(result, "United Farmers' Front"))
        #expect(front.aliases.contains("FUC"))
        #expect(actor(result, "FUC") == nil)
        #expect(actor(result, "Alliance for National Renewal") != nil)
    }

    @Test func anAcronymStartingAPhraseAfterOrIsLeftAlone() {
        let result = find("""
            Officials from the Economic Development Board, or EU members with observer status, will attend.
            """)
        #expect(actor(result, "Economic Development Board")?.aliases.contains("EU") != true)
    }

    // MARK: A platform in an owner's account is no actor

    @Test func thePlatformOfAnAccountIsNoActor() {
        let result = find("""
            The Russian embassy said on its Telegram channel that the report was false.
            Opposition leader Marta Kovac wrote on her Nexus account that the government had lied.
            The ministry said on its own Telegram channel that it had summoned the ambassador.
            """)
        #expect(actor(result, "Telegram") == nil)
        #expect(actor(result, "Nexus") == nil)
        #expect(actor(result, "Marta Kovac")?.kind == .person)
    }

    @Test func anOutletNamedBeforeChannelStaysAnOutlet() {
        let result = find("The Rada TV channel reported that the vote had been postponed.")
        #expect(result.actors.contains { $0.kind == .media })
    }

    // MARK: A regional adjective before a plural noun is no actor

    @Test func aRegionalAdjectiveInAnObjectPhraseIsNoActor() {
        let result = find("""
            The UN refugee agency UNHCR urged European states on Wednesday to resume rescue patrols.
            The charity said it had written to African governments and would appeal to Asian lenders.
            """)
        #expect(actor(result, "European") == nil)
        #expect(actor(result, "African") == nil)
        #expect(actor(result, "Asian") == nil)
        #expect(actor(result, "UNHCR") != nil)
    }
}
