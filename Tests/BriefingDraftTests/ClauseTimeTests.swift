import BriefingModel
@testable import BriefingDraft
import Testing

/// Which date of a clause is an act's own: the report's date after a verb of saying, a second
/// verb's date after its "and", the year a "when" clause hangs on, a participle's date after
/// a comma (issue 3, dates on unseen text).
extension EventFinderTests {
    @Test func aDateAfterAVerbOfSayingIsWhenItWasSaid() {
        #expect(events("The authority said Thursday it will cut the number of ships starting next week.", "2026-04-16")
            .map { $0.date?.description } == ["2026-04-20/2026-04-26"])
    }

    @Test func aSecondVerbsDateStartsAfterItsAnd() {
        #expect(events("Teachers would march to parliament on Thursday and hold a general assembly on March 17.", "2025-03-12")
            .map { $0.date?.description } == ["2025-03-13", "2025-03-17"])
    }

    @Test func aMonthInAWhenClauseIsInTheYearItHangsOn() {
        let found = events("Taiwan has reported 11 incidents since 2023, when two cables serving the Matsu islands were cut in February.", "2026-06-09")
        #expect(found.map { $0.date?.description } == ["2023-02"])
    }

    @Test func aParticipleAfterACommaWithItsOwnDateHappenedThen() {
        let found = events("The case was opened after an investigation by a news site, published in November 2022, which compared prices.", "2025-06-12")
        #expect(found.contains { $0.date?.description == "2022-11" })
        // Without a date right after it, the participle only describes.
        #expect(events("The talks, compared with 880,000 at the start of the month, went on.", "2025-04-16").isEmpty)
    }
}
