import BriefingModel
@testable import BriefingDraft
import Testing

/// Helper dt3's invented wire-copy probes: a past act dated by the dated "when" clause that
/// follows it, and a protest "march" as an event noun (the verb "would march" left alone).
extension EventFinderTests {
    @Test(arguments: [
        ("The former mayor pleaded not guilty when the trial opened Monday in the capital.", "2026-01-28", "2026-01-26"),
        ("The former mayor pleaded not guilty when the hearing began on Monday.", "2026-01-28", "2026-01-26"),
        ("Two protesters were arrested when police cleared the square on Tuesday.", "2026-01-28", "2026-01-27"),
        ("The finance minister resigned when the scandal broke on Tuesday.", "2026-01-28", "2026-01-27"),
    ])
    func aPastActTakesTheDateOfTheDatedWhenClauseAfterIt(text: String, published: String, date: String) {
        let found = events(text, published)
        #expect(!found.isEmpty)
        #expect(found.first?.date?.description == date)
    }

    @Test func aWhenClauseDatesNothingThatIsPlannedOrUndated() {
        // Nothing in the "when" clause dates it: the act stays undated.
        let undated = events("Two protesters were arrested when police cleared the square.", "2026-01-28")
        #expect(undated.allSatisfy { $0.date == nil })
        // A "when" clause in the present tense does not date a past act.
        let present = events("The minister resigned in 2019, when the party holds its congress on Monday.", "2026-01-28")
        #expect(present.first?.date?.description == "2019")
    }

    @Test(arguments: [
        ("Opposition parties have called a march to parliament for Thursday to demand new elections.", "2026-09-14", "2026-09-17"),
        ("Students staged a march through the capital on Saturday.", "2026-09-14", "2026-09-12"),
        ("Thousands joined a march in the port city on Sunday, police said.", "2026-09-14", "2026-09-13"),
    ])
    func aProtestMarchIsAnEvent(text: String, published: String, date: String) {
        let dates = events(text, published).compactMap { $0.date?.description }
        #expect(dates.contains(date))
    }

    @Test func theMonthMarchIsNoProtest() {
        #expect(events("March was the wettest month on record in the capital.", "2026-09-14").isEmpty)
        #expect(events("March figures showed exports fell.", "2026-09-14").isEmpty)
    }
}
