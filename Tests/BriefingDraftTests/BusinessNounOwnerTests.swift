import BriefingModel
import Testing
@testable import BriefingDraft

/// "Company spokeswoman Alice Banda said" after a company and then a campaign group are named:
/// the spokeswoman speaks for the company (BusinessNounOwners.swift). Invented text.
@Suite struct BusinessNounOwnerTests: NameProbing {
    @Test func theCompanySpokeswomanIsTheCompanys() {
        let raw = """
            A Zambian environmental group said on Tuesday that Kafue Copper Mines had dumped acid waste into the river.

            The group, Green Kafue, said fish had died along the river.

            Company spokeswoman Alice Banda said the accusations were politically motivated.
            """
        #expect(draftedActor(raw, "Alice Banda")?.affiliation == "Kafue Copper Mines")
    }

    @Test func aGroupSpokesmanIsTheGroups() {
        // Must-not: "group" names any non-state body, so the latest one (the campaign group) is taken.
        let raw = """
            A Zambian environmental group said on Tuesday that Kafue Copper Mines had dumped acid waste into the river.

            The group, Green Kafue, said fish had died along the river.

            Group spokesman Tom Lungu said the company had paid nothing.
            """
        #expect(draftedActor(raw, "Tom Lungu")?.affiliation == "Green Kafue")
    }
}
