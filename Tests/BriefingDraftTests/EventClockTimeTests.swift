import BriefingModel
@testable import BriefingDraft
import Testing

/// "shortly after 3 a.m. on Sunday", "just before midnight on Friday" (helper ds's invented
/// wire-copy probes): a distance from a clock time says when in the day, and the day is the
/// date that follows; it is no distance from the last date.
extension EventFinderTests {
    @Test(arguments: [
        ("Gunmen opened fire on a minibus shortly after 9 p.m. on Friday near the town of Kitgum, killing six passengers, police said.", "2026-03-11", "2026-03-06"),
        ("Rebels attacked an army base in the north shortly before dawn on Tuesday, the military said.", "2026-05-14", "2026-05-12"),
        ("A ferry carrying 140 passengers capsized soon after 6 a.m. on Sunday off the coast of Lombok, the rescue agency said.", "2025-08-20", "2025-08-17"),
        ("Protesters stormed the electoral commission just after midnight on Saturday, the interior ministry said on Monday.", "2026-10-05", "2026-10-03"),
    ])
    func aDistanceFromAClockTimeTakesTheDayAfterIt(text: String, published: String, date: String) {
        let dates = events(text, published).compactMap { $0.date?.description }
        #expect(dates.contains(date), "\(dates)")
    }

    @Test(arguments: [
        // A distance from the act before stays on that act's day.
        ("Police arrested the opposition leader in Harare on Monday. Shortly afterwards, protesters stormed the ministry.", "2026-03-11", "2026-03-09"),
        // A distance from an act, not a clock time, is left as it was read.
        ("Soldiers detained the president on Nov. 3. Shortly after the coup, the junta closed the borders.", "2026-03-11", "2025-11-03"),
    ])
    func aDistanceFromAnActIsUnchanged(text: String, published: String, date: String) {
        let dates = events(text, published).compactMap { $0.date?.description }
        #expect(dates.contains(date), "\(dates)")
    }
}
