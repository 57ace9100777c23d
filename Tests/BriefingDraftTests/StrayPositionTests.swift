import Testing
@testable import BriefingDraft

/// A position no rule put in a dispute joins the dispute beside it that it links best to; one
/// far from every dispute stays out.
@Suite struct StrayPositionTests {
    static let claim = "The Superintendency of the Environment said on Monday that Andes Brine had pumped 18% more brine from its wells than its permit allows."
    static let denial = "Andes Brine denied pumping more than its permit allows."
    static let villagers = "Villagers in San Pedro said the lagoon had been dry since March and that their wells were empty."
    static let filler = [
        "The salt flat lies at 2,300 metres, four hours by road from the nearest town.",
        "Lithium prices fell by half last year as new mines opened in Australia and Argentina.",
        "The region's first brine wells were drilled in the 1980s.",
    ]

    func sides(_ paragraphs: [String]) -> [[String]] {
        let raw = (["Lagoon dispute"] + paragraphs).joined(separator: "\n\n")
        return Drafter.draft(raw, published: nil).disputes.map { dispute in dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func aStrayAssertionJoinsTheDisputeBesideIt() {
        let found = sides([Self.claim, Self.denial, Self.villagers])
        #expect(found == [["asserts Superintendency of the Environment", "asserts Villagers", "denies Andes Brine"]], "\(found)")
    }

    @Test func aStrayFarFromEveryDisputeStaysOut() {
        let found = sides([Self.claim, Self.denial] + Self.filler + [Self.villagers])
        #expect(found == [["asserts Superintendency of the Environment", "denies Andes Brine"]], "\(found)")
    }
}
