import BriefingModel
@testable import BriefingDraft
import Testing

/// A denial or doubt that no rule links (no shared words, no claimant named, no pointing back)
/// still answers the claim from outside its camp that links best in its window, so a reviewer
/// sees it in a dispute rather than nowhere. Every paragraph is invented.
@Suite struct WeakLinkTests {
    static func sides(_ raw: String) -> [[String]] { BareAnswerTests.sides(raw) }

    @Test func aBarePushBackAnswersTheChargeAgainstItsSpeaker() {
        let drafted = Self.sides("""
            Auditors said in a report published on Monday that the Kelsish Port Authority had paid 11 contractors for dredging work that was never carried out.

            The report covers the years 2019 to 2023.

            Dredging keeps the harbour open to container ships.

            The Port Authority pushed back on Tuesday.
            """)
        #expect(drafted == [["asserts Auditors", "denies Kelsish Port Authority"]])
    }

    @Test func aDenialWithOnlyItsOwnCampBeforeItAnswersNothing() {
        let drafted = Self.sides("""
            The Kelsish Interior Ministry said on Monday that the border crossings would reopen next week.

            The Kelsish Foreign Ministry denied that its patrol boats had sailed south of the island.
            """)
        #expect(drafted.isEmpty)
    }
}
