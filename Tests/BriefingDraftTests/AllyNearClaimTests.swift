import BriefingModel
@testable import BriefingDraft
import Testing

/// The spokesman of the body that made a claim, speaking close to it, holds the claim too,
/// even when his words share none of its subject matter ("the inspectors will return"):
/// disputes gather an organisation and its spokesperson as two sides. Found by sorting the
/// dispute sides that were read right but never paired (`briefing-eval --sides`) in the
/// development sets; the sentences are invented.
extension DisputeFinderTests {
    @Test func theClaimantsSpokesmanNearTheClaimJoinsIt() throws {
        let found = disputes("""
            The Ministry of Trade said on Monday that Southland had dumped cheap steel on its market.

            Tomas Lind said inspectors would return to the port in June.

            Southland rejected the allegations.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute).contains("asserts Tomas Lind"))
        #expect(sides(dispute).contains("denies Southland"))
    }

    @Test func theClaimantsSpokesmanFarFromTheClaimStaysOut() throws {
        let found = disputes("""
            The Ministry of Trade said on Monday that Southland had dumped cheap steel on its market.

            Southland rejected the allegations.

            Harbor Watch said ships were waiting outside.

            Harbor Watch said the queue had grown overnight.

            Tomas Lind said inspectors would return to the port in June.
            """)
        #expect(!found.flatMap(sides).contains("asserts Tomas Lind"))
    }
}
