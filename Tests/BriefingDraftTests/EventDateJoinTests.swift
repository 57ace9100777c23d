import BriefingModel
@testable import BriefingDraft
import Testing

/// Dates that reach an act across the words set between it and the act whose time it shares
/// (helper dt, invented wire copy).
extension EventFinderTests {
    @Test func aVerbJoinedByAndSharesTheTimePastAParticipleClause() {
        // Published on a Thursday.
        let emergency = events(
            "Peru declared a state of emergency in three provinces on Monday, allowing the army to support the police, and banned public gatherings for 30 days.",
            "2026-03-12")
        #expect(emergency.map { $0.date?.description } == ["2026-03-09", "2026-03-09/2026-04-07"])
        let recall = events(
            "Ghana recalled its ambassador to Togo on Tuesday, citing security concerns, and banned imports of Togolese cocoa.",
            "2026-03-12")
        #expect(recall.map { $0.date?.description } == ["2026-03-10", "2026-03-10"])
        let sanctions = events(
            "Lithuania recalled its envoy to Minsk in January, citing the crackdown, and banned imports of Belarusian potash.",
            "2026-03-12")
        #expect(sanctions.map { $0.date?.description } == ["2026-01", "2026-01"])
    }

    @Test func aVerbJoinedByAndKeepsItsOwnOrAnOpenTime() {
        // Its own time wins.
        let own = events(
            "Chile recalled its ambassador on Monday, citing the border row, and expelled two diplomats on Wednesday.",
            "2026-03-12")
        #expect(own.map { $0.date?.description } == ["2026-03-09", "2026-03-11"])
        // A new subject after "and" is no shared verb.
        let subject = events(
            "Police arrested 12 protesters in Lima on Sunday, prompting an outcry, and the ombudsman opened an inquiry.",
            "2026-03-12")
        #expect(subject.map { $0.date?.description } == ["2026-03-08", nil])
        // No time anywhere stays open.
        let open = events(
            "Ghana recalled its ambassador to Togo, citing security concerns, and banned imports of Togolese cocoa.",
            "2026-03-12")
        #expect(open.count == 2 && open.allSatisfy { $0.date == nil })
    }
}
