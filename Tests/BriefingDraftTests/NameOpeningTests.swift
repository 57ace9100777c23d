import BriefingModel
import Testing
@testable import BriefingDraft

/// Names the sentence-opening and region rules cut short: "The New Patriotic Party said",
/// "The company, Southern Andes Copper, said", "Ghana Cocoa Board (Cocobod)", "Konkola Copper
/// denied". Passages are invented.
@Suite struct NameOpeningTests: NameProbing {
    @Test func aCapitalAfterTheOpeningArticleIsPartOfTheName() {
        let result = find("ACCRA, June 2 (AFP) - Prices rose.\n\nThe New Patriotic Party said it had raised prices every year.")
        #expect(actor(result, "New Patriotic Party") != nil, "\(names(result))")
    }

    @Test func aFunctionWordOpeningTheSentenceIsStillTrimmed() {
        let result = find("ACCRA, June 2 (AFP) - Prices rose.\n\nNew figures from the Ghana Statistical Service showed prices rising.")
        #expect(!names(result).contains { $0.hasPrefix("New ") }, "\(names(result))")
    }

    @Test(arguments: ["The company, Southern Andes Copper, said the march would not affect its mines.",
                      "Southern Andes Copper said the march would not affect its mines."])
    func aDirectionAndATradeWordMakeACompany(line: String) {
        let result = find("LIMA, June 2 (Reuters) - Teachers marched on Tuesday.\n\n\(line)")
        #expect(actor(result, "Southern Andes Copper")?.kind == .organization, "\(names(result))")
    }

    @Test func aDirectionAndAPlaceStayARegion() {
        let result = find("JAKARTA, June 2 (Reuters) - Floods hit Central Java on Tuesday, officials said.")
        #expect(actor(result, "Central Java") == nil, "\(names(result))")
    }

    @Test func aShortFormMayLeaveOutTheCountry() {
        let result = find("ACCRA, June 2 (AFP) - The Ghana Cocoa Board (Cocobod) said prices were set by the world market.")
        #expect(actor(result, "Ghana Cocoa Board")?.aliases.contains("Cocobod") == true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test func aMinerNamedForItsMetalIsNoPerson() {
        let result = find("LUSAKA, June 2 (Reuters) - Konkola Copper denied that the river was poisoned.")
        #expect(actor(result, "Konkola Copper")?.kind == .organization, "\(result.actors.map { "\($0.name) \($0.kind)" })")
    }
}
