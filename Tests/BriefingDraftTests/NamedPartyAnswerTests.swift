import BriefingModel
@testable import BriefingDraft
import Testing

/// Within a dispute, the party its claim names, speaking a few paragraphs after it, answers the
/// claim even in words of its own account ("the existing fees were fixed by law until 2030").
/// Every paragraph is invented.
@Suite struct NamedPartyAnswerTests {
    static func sides(_ raw: String) -> [[String]] { BareAnswerTests.sides(raw) }

    @Test func theNamedPartyAnswersTheClaim() {
        let drafted = Self.sides("""
            Marovian Energy Minister Tomas Rehak said on Monday that Marovia had asked the Kelsish Port Authority to cut its berthing fees by a third from January.

            Analyst Jan Oort questioned whether the cut would be enough to bring tankers back to the port.

            The Port Authority said its fees were fixed by law until 2030.
            """)
        #expect(drafted.contains { $0.contains("asserts Tomas Rehak") && $0.contains("denies Kelsish Port Authority") }, "\(drafted)")
    }

    @Test func aPartyTheClaimDoesNotNameIsNoAnswer() {
        let drafted = Self.sides("""
            Marovian Energy Minister Tomas Rehak said on Monday that Marovia had asked the Kelsish Port Authority to cut its berthing fees by a third from January.

            Analyst Jan Oort questioned whether the cut would be enough to bring tankers back to the port.

            Shipping agent Lena Varg said tanker traffic had fallen by half since the spring.
            """)
        #expect(!drafted.joined().contains("denies Lena Varg"), "\(drafted)")
    }
}
