import Testing
@testable import BriefingDraft

/// Two claims of one camp, each denied by the same other camp, are one dispute only when they
/// restate each other; sharing a word or two ("water", "wells") leaves them two questions.
@Suite struct RestatedClaimMergeTests {
    static let opening = """
        Lagoon dispute

        Villagers in San Pedro said on Monday that the mining company Andes Brine had pumped far more water from its wells than its permit allows.

        Andes Brine denied pumping more than its permit allows, saying its meters were checked by the regulator every month.

        The regulator has opened an inquiry into the company's water use.

        The village sits at the edge of the salt flat, four hours by road from the nearest town.


        """

    func disputes(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { dispute in dispute.sides.map { "\($0.stance.rawValue) \($0.actor) p\($0.source.paragraph)" } }
    }

    @Test func aSecondClaimSharingAFewWordsIsASecondDispute() {
        let raw = Self.opening + """
            The villagers also said the flamingos that nest at the lagoon every summer had not come back this year because the company's wells had drained the water.

            Andes Brine denied that it had kept the flamingos away from the lagoon.
            """
        let found = disputes(raw)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("asserts Villagers p5") && $0.contains("denies Andes Brine p6") }, "\(found)")
    }

    @Test func aRestatedClaimStaysInItsDispute() {
        let raw = Self.opening + """
            The villagers also said Andes Brine was pumping more water from its wells than its permit allows, and at night.

            Andes Brine again denied breaking its permit.
            """
        let found = disputes(raw)
        #expect(found.count == 1, "\(found)")
    }
}
