import BriefingModel
@testable import BriefingDraft
import Testing

/// A contrast ("however", "but") set against another camp's denial stands with the claim that
/// denial denies, not beside it as one more denial (Disputes/ContrastedDenials.swift). Found by
/// probing invented wire copy; the sentences are invented.
extension DisputeFinderTests {
    @Test func aContrastAgainstADenialStandsWithTheClaim() throws {
        let found = disputes("""
            Southland said the ministry had held up fuel shipments at the port for a month.

            The Ministry of Trade said it had found no evidence of any delay at the port. Anna Berg, however, said the ministry had not inspected the port since March.
            """)
        let dispute = try #require(found.first { sides($0).contains("denies Ministry of Trade") })
        #expect(sides(dispute).contains("asserts Southland"))
        #expect(sides(dispute).contains("asserts Anna Berg"))
        #expect(!found.contains { sides($0).contains("denies Anna Berg") })
    }

    @Test func aContrastAgainstAnAssertionOrItsOwnCampsDenialIsUnchanged() throws {
        // Against an assertion: still a denial.
        let found = disputes("""
            The Ministry of Trade said exports had risen by a tenth in March. Harbor Watch, however, said exports had fallen.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Ministry of Trade", "denies Harbor Watch"])
        // Against its own camp's denial (the ministry and its spokesman): no side taken with the claim.
        let own = disputes("""
            Southland said the ministry had held up fuel shipments at the port for a month.

            The Ministry of Trade said it had found no evidence of any delay at the port. Tomas Lind, however, said the ministry had not inspected the port since March.
            """)
        #expect(!own.contains { sides($0).contains("asserts Tomas Lind") })
    }
}
