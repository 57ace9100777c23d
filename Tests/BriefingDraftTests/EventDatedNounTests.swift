import BriefingModel
@testable import BriefingDraft
import Testing

/// A noun that a past year names as its own time is a happening of that year, whatever the
/// noun; periods, amounts and years still ahead are not.
extension EventFinderTests {
    @Test func aNounDatedByAPastYearIsAnEvent() {
        let walkout = events("The stoppage is the longest at the refinery since a 2018 walkout, which ended after nine days.", "2026-03-12")
        #expect(walkout.map { $0.date?.description } == ["2018"])
        let law = events("The fishermen's group filed a challenge to the 2022 law that moved the park's boundary.", "2026-03-12")
        #expect(law.contains { $0.date?.description == "2022" })
        let survey = events("Officials cite a 2016 household survey of the valley's farms.", "2026-03-12")
        #expect(survey.map { $0.date?.description } == ["2016"])
    }

    @Test func aPeriodOrAFutureYearNamesNoHappening() {
        #expect(events("Farmers expect a poor harvest after the 2024 dry season ended early.", "2026-03-12").allSatisfy { $0.date?.description != "2024" })
        #expect(events("The minister repeated the 2030 pledge to the farmers.", "2026-03-12").isEmpty)
        #expect(events("Officials cite the 2025 deficit of the valley's farms.", "2026-03-12").isEmpty)
    }
}
