import BriefingModel
@testable import BriefingDraft
import Testing

/// "called the report “biased”": naming what another actor said with a word that doubts its
/// fairness casts doubt on it and points back to it (a doubt, not a denial, as the gold of set L
/// reads it). Found among the unpaired dispute sides of development set L; the sentences are invented.
extension DisputeFinderTests {
    @Test func callingAReportBiasedQuestionsIt() throws {
        let found = disputes("""
            Harbor Watch said in a report last month that Northland's coast guard had beaten fishermen held at sea. Anna Berg called the report "biased" and said it relied on hearsay.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "questions Anna Berg"])
    }

    @Test func onlyAStatementNamedAsBiasedIsDoubted() {
        #expect(PositionFinder.containsDoubt(["he", "called", "the", "report", "\"", "biased", "\""]))
        #expect(!PositionFinder.containsDoubt(["he", "called", "the", "referee", "biased"]))
        #expect(!PositionFinder.containsDenial(["he", "called", "the", "report", "biased"]))
    }
}


/// "a figure the Education Ministry described as “outdated.”": all its speaker says of what was
/// said before is one word that doubts it. Found among the dispute sides of development set I
/// read as an assertion; the sentences are invented.
extension DisputeFinderTests {
    @Test func describingAFigureAsOutdatedQuestionsIt() throws {
        let found = disputes("""
            Harbor Watch said in a report on Monday that 40 fishing boats had been seized by Northland's navy this year, a figure Anna Berg described as "outdated."
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "questions Anna Berg"])
    }

    @Test func onlyABareDescriptionAsOutdatedDoubts() {
        #expect(PositionFinder.describedAsDiscredited(["a", "figure", "the", "ministry", "described", "as", "\"", "outdated", ".", "\""]))
        #expect(!PositionFinder.describedAsDiscredited(["she", "described", "as", "outdated", "the", "grid", "that", "failed"]))
        #expect(!PositionFinder.describedAsDiscredited(["she", "described", "the", "plan", "as", "ambitious"]))
    }
}
