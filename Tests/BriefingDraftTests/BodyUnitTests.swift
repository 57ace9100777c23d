import BriefingModel
@testable import BriefingDraft
import Testing

/// A body's panel, audit or team speaks for the body: "A WTO panel ruled in November 2022
/// that …". Found from a "no position" side of held-out set D; the sentences are invented, in
/// several surface forms, and each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    static let unitClaim = "Northland said on Monday that its ban on timber exports was lawful."

    @Test(arguments: [
        "A Harbor Watch panel ruled in November 2022 that the ban broke trade rules.",
        "A Harbor Watch audit found last year that the ban broke trade rules.",
        "Harbor Watch inspectors reported in March that the ban broke trade rules.",
    ])
    func aBodysUnitHoldsTheBodysSide(_ finding: String) throws {
        let found = disputes(Self.unitClaim + "\n\n" + finding)
        let dispute = try #require(found.first, "\(finding)")
        #expect(dispute.sides.contains { $0.actor == "Harbor Watch" }, "\(sides(dispute))")
    }

    @Test func aUnitWhoseNameDoesNotOpenItsPhraseHoldsNothing() {
        // "the panel on Harbor Watch reform": the name is what the panel is about.
        let found = disputes(Self.unitClaim + "\n\nThe chair of the panel on Harbor Watch reform said the ban broke trade rules.")
        #expect(!found.flatMap(\.sides).contains { $0.actor == "Harbor Watch" })
    }

    @Test func aCountrysUnitIsLeftToTheCourtRules() {
        // A country's court or panel is not the country taking a side.
        let found = disputes("Harbor Watch said on Monday that the ban on timber exports broke trade rules.\n\nA Southland panel ruled in March that the ban was lawful.")
        #expect(!found.flatMap(\.sides).contains { $0.actor == "Southland" })
    }
}
