import BriefingModel
import Testing
@testable import BriefingDraft

/// "Kafue Copper Mines had dumped acid waste … Kafue Copper said": a name ending in "Mines" is
/// a company, and its short form is the same company (CompanyNames.swift, SectorSuffixes.swift).
/// Invented text.
@Suite struct MinesCompanyTests: NameProbing {
    static let text = """
        A Zambian environmental group said on Tuesday that Kafue Copper Mines had dumped acid waste into the river.

        Kafue Copper said the report was wrong.

        The union of mine workers said wages had not been paid.
        """

    @Test func theMinesAreACompany() {
        let mines = draftedActor(Self.text, "Kafue Copper Mines")
        #expect(mines?.kind == .organization)
        #expect(mines?.aliases.contains("Kafue Copper") == true, "\(String(describing: mines))")
        #expect(draftedActor(Self.text, "Kafue Copper") == nil)
    }

    @Test func theUnionIsNoAliasOfTheCompany() {
        // Must-not: "the union" is no name of the mining company.
        let mines = draftedActor(Self.text, "Kafue Copper Mines")
        #expect(mines?.aliases.contains { $0.lowercased().contains("union") } == false)
    }

    @Test func aChamberOfMinesStaysAChamber() {
        // Must-not: a body whose name holds "of Mines" keeps its whole name.
        let raw = "The chairman of the Zambia Chamber of Mines, Peter Lungu, said the industry was cooperating."
        #expect(draftedActor(raw, "Zambia Chamber of Mines")?.kind == .organization)
        #expect(draftedActor(raw, "Zambia Chamber") == nil)
    }
}
