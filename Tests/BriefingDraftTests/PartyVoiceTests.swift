import BriefingModel
import Testing
@testable import BriefingDraft

/// Legislators named by their party ("Opposition Socialist lawmakers accused it of …",
/// "Some Democratic lawmakers said …", "Republican senators accused …") are an unnamed group
/// voice that holds the claim a minister then denies. Found on development set J; the passages
/// are invented.
@Suite struct PartyVoiceTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    func sides(_ result: Draft) -> [String] { result.sideLabels }

    @Test func oppositionPartyLawmakersHoldTheClaim() {
        let result = draft("""
            LONDON, March 3 (Reuters) - Britain's health minister said on Monday that waiting lists had fallen for the third month in a row.

            Opposition Labour lawmakers accused the government on Tuesday of "starving" hospitals of funds. The minister denied that, saying spending would rise by 4% next year.
            """)
        #expect(result.actors.contains { $0.name == "Labour lawmakers" && $0.kind == .other }, "\(result.actors.map(\.name))")
        #expect(sides(result).contains("asserts Labour lawmakers"), "\(sides(result))")
    }

    @Test func partySenatorsAccuseADepartment() {
        let result = draft("""
            WASHINGTON (AP) — The Pentagon said on Friday the new fighter program was on schedule and within budget.

            Republican senators accused the department of hiding cost overruns of more than $2 billion. Pentagon spokesman John Miller rejected the accusation, saying every figure had been shared with Congress.
            """)
        let found = sides(result)
        #expect(found.contains("asserts Republican senators") && found.contains("denies John Miller"), "\(found)")
    }

    @Test func aQuantifiedPartyGroupSays() {
        let result = draft("""
            NAIROBI, June 2 (Reuters) - Kenya's finance minister said the new fuel levy would raise 50 billion shillings this year.

            Some Democratic lawmakers said the levy would hurt the poor. The minister denied that, saying the poorest households were exempt.
            """)
        #expect(result.actors.contains { $0.name == "Democratic lawmakers" }, "\(result.actors.map(\.name))")
    }

    @Test(arguments: [
        "Democratic Senator Anna Cole said the plan would fail.",
        "The Green Party said the plan would fail.",
        "Republican senators were told to wait for the report.",
        "Socialist Party leader Ana Costa said the plan would fail.",
    ])
    func noPartyGroupWithoutAPluralVoice(_ sentence: String) {
        let names = draft("The ministry said the plan had worked. " + sentence).actors.filter { $0.kind == .other }.map(\.name)
        #expect(names.isEmpty, "\(names)")
    }
}

extension Draft {
    /// Every drafted dispute side as "stance actor", for messages and checks.
    var sideLabels: [String] { disputes.flatMap(\.sides).map { "\($0.stance.rawValue) \($0.actor)" } }
}
