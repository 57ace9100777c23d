import BriefingModel
@testable import BriefingDraft
import Testing

/// A side that already denies the main claim raises a second point ("also questioned how the
/// case had been built"), and the claimant answers that point in the next paragraph: the point and
/// its answer are a dispute of their own, not lost because the doubter already holds a side in the
/// main one. Every paragraph is invented.
@Suite struct SecondPointTests {
    static func sides(_ raw: String) -> [[String]] { BareAnswerTests.sides(raw) }

    @Test func theLawyersDoubtOnTheMethodAndTheProsecutorsDefence() {
        let drafted = Self.sides("""
            The Attorney General's Office said on Monday that Ilan Voss had accepted monthly payments from a haulage firm for three years.

            Voss's lawyer, Petra Lindahl, denied that her client had taken any money.

            Lindahl also questioned how the case had been built, saying investigators had never spoken to the firm's accountants.

            The Attorney General's Office said its team had examined 4,000 bank transfers and heard 23 witnesses.
            """)
        #expect(drafted.contains { $0.contains("asserts Attorney General's Office") && $0.contains("denies Petra Lindahl") }, "\(drafted)")
        #expect(drafted.contains { $0.contains("asserts Attorney General's Office") && $0.contains("questions Petra Lindahl") }, "\(drafted)")
    }

    @Test func theMinistrysDoubtOnTheFiguresAndTheMinistersAnswer() {
        let drafted = Self.sides("""
            Marovian Energy Minister Tomas Rehak said on Tuesday that Kelsland owed Marovia $210 million in unpaid transit fees for the pipeline.

            The Kelsish Foreign Ministry rejected the claim, saying every invoice had been settled.

            The ministry also cast doubt on the Marovian figures, which it said had never been shared with Dunmere.

            Rehak said the figures had been audited by an independent accounting firm and sent to Dunmere twice.
            """)
        #expect(drafted.contains { $0.contains("asserts Tomas Rehak") && $0.contains("questions Kelsish Foreign Ministry") }, "\(drafted)")
    }

    @Test func aThirdPartyAfterTheSecondPointAnswersNothing() {
        let drafted = Self.sides("""
            The Attorney General's Office said on Monday that Ilan Voss had accepted monthly payments from a haulage firm for three years.

            Voss's lawyer, Petra Lindahl, denied that her client had taken any money.

            Lindahl also questioned how the case had been built, saying investigators had never spoken to the firm's accountants.

            Analyst Jan Oort said corruption trials in Kelsland usually took two years.
            """)
        #expect(!drafted.contains { $0.contains("asserts Jan Oort") && $0.contains("questions Petra Lindahl") }, "\(drafted)")
    }

    @Test func anAnswerFarFromThePointAnswersNothing() {
        let drafted = Self.sides("""
            The Attorney General's Office said on Monday that Ilan Voss had accepted monthly payments from a haulage firm for three years.

            Voss's lawyer, Petra Lindahl, denied that her client had taken any money.

            Lindahl also questioned how the case had been built, saying investigators had never spoken to the firm's accountants.

            The trial is due to open in March.

            Voss served as transport minister from 2016 to 2020.

            The haulage firm has not commented.

            The Attorney General's Office said the trial would last six weeks.
            """)
        #expect(!drafted.contains { $0.contains("asserts Attorney General's Office") && $0.contains("questions Petra Lindahl") && !$0.contains("denies Petra Lindahl") }, "\(drafted)")
    }

    @Test func aSecondAssertionOfTheDenierIsNoSecondPoint() {
        let drafted = Self.sides("""
            The Attorney General's Office said on Monday that Ilan Voss had accepted monthly payments from a haulage firm for three years.

            Voss's lawyer, Petra Lindahl, denied that her client had taken any money.

            Lindahl said her client would attend every hearing.

            The Attorney General's Office said its team had examined 4,000 bank transfers and heard 23 witnesses.
            """)
        #expect(drafted.count == 1, "\(drafted)")
    }

    @Test func theClaimantRejectsThePointThenGivesItsAccount() {
        let drafted = Self.sides("""
            The Attorney General's Office said on Monday that Ilan Voss had accepted monthly payments from a haulage firm for three years.

            Voss's lawyer, Petra Lindahl, denied that her client had taken any money.

            "A witness who has struck a deal will say anything the prosecution wants," Lindahl said.

            The Attorney General's Office rejected that. It said bank records and the testimony of nine drivers backed the witness's account.
            """)
        #expect(drafted.contains { $0.contains("asserts Attorney General's Office") && $0.contains("denies Petra Lindahl") }, "\(drafted)")
        #expect(drafted.contains { $0.contains("asserts Attorney General's Office") && $0.contains("questions Petra Lindahl") }, "\(drafted)")
    }
}
