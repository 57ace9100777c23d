import BriefingModel
@testable import BriefingDraft
import Testing

/// Within a dispute, an account by the denier's own camp on the same subject, close to the
/// denial, answers the claim too ("The ministry denied raising the fees. Its spokesman said the
/// fees had stayed the same"): a denial, or a doubt when it hedges. An account of what was needs
/// no word in common with the dispute; one of what will be must share one. Found in the "wrong stance"
/// sides of tune sets C, D and G; the sentences are invented.
extension DisputeFinderTests {
    @Test func theDeniersSpokesmanGivingARivalAccountDeniesToo() throws {
        let found = disputes("""
            Northland said the Ministry of Trade had raised port fees for foreign ships.
            The ministry denied raising the fees.

            Tomas Lind said the fees had stayed the same since 2020.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Ministry of Trade", "denies Tomas Lind"])
    }

    @Test func theDeniersSpokesmanHedgingDoubts() throws {
        let found = disputes("""
            Northland said the Ministry of Trade had raised port fees for foreign ships.
            The ministry denied raising the fees.

            Tomas Lind said the fees could have been misread by some shipowners.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Ministry of Trade", "questions Tomas Lind"])
    }

    @Test func theDeniersSpokesmanDeniesInWordsOfHisOwn() throws {
        let found = disputes("""
            Northland said the Ministry of Trade had raised port fees for foreign ships.
            The ministry denied raising the fees.

            Tomas Lind said an independent board had set every tariff since 2020.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Ministry of Trade", "denies Tomas Lind"])
    }

    @Test func theDeniersCampOnAnotherSubjectTakesNoSide() throws {
        let found = disputes("""
            Northland said the Ministry of Trade had raised port fees for foreign ships.
            The ministry denied raising the fees.

            Tomas Lind said a new trade office would open in the capital next month.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Ministry of Trade"])
    }
}
