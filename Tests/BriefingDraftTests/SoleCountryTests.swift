import BriefingModel
import Testing
@testable import BriefingDraft

/// "A government official … “…,” the official said" long after the text last named its only
/// country: the official speaks for that country (SoleCountry.swift). Invented text.
@Suite struct SoleCountryTests {
    func speakers(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
    }

    static let middle = """
        The Superintendency of the Environment said the company had exceeded its permit.

        Andes Litio S.A. said it would appeal against the order.

        Environment Minister Carla Fuentes welcomed the order on Thursday.

        Indigenous leader Marta Quispe said the ruling came too late.

        Analysts at a local brokerage said the halt could cut output by a fifth.
        """

    @Test func anOfficialFarFromTheOnlyCountrySpeaksForIt() {
        let raw = """
            Chile's environmental regulator on Thursday ordered a lithium producer to stop pumping brine.

            \(Self.middle)

            A government official, speaking on condition of anonymity, said the ministry had pressed the regulator to act. "There was pressure from the top," the official said.
            """
        #expect(speakers(raw).contains("Chile: There was pressure from the top"), "\(speakers(raw))")
    }

    @Test func withTwoCountriesFarBackNeitherIsGuessed() {
        // Must-not: two countries drafted far back, and neither is given the official's words.
        let raw = """
            Chile's environmental regulator on Thursday ordered a lithium producer to stop pumping brine, and Argentina's mining ministry said it would review a mine of the same company.

            \(Self.middle)

            A government official, speaking on condition of anonymity, said the ministry had pressed the regulator to act. "There was pressure from the top," the official said.
            """
        let quotes = speakers(raw)
        #expect(!quotes.contains("Chile: There was pressure from the top") && !quotes.contains("Argentina: There was pressure from the top"), "\(quotes)")
    }
}
