import BriefingModel
@testable import BriefingDraft
import Testing

/// Helper dq: a weekday planned in a report made before publication counts from the report;
/// "from … until …" is one span. Invented wire copy, published Thursday 2026-03-12.
@Suite struct ReportedFutureTests {
    private func dates(_ sentence: String, _ published: String = "2026-03-12") -> [String?] {
        DateFinder.find(in: sentence, published: BriefingDate(parsing: published)).map { $0.span?.description }
    }

    static let reportedFutureCases: [(String, [String?])] = [
        // Read: the planned day is the first one after the report.
        ("The union said on Monday it would strike on Wednesday.", ["2026-03-09", "2026-03-11"]),
        ("The minister said on Friday that the army would withdraw from the border on Monday.", ["2026-03-06", "2026-03-09"]),
        ("Opposition leaders announced on Tuesday they would march on parliament on Wednesday.", ["2026-03-10", "2026-03-11"]),
        ("The ministry said Monday that talks would resume on Friday.", ["2026-03-09", "2026-03-13"]),
        ("Ukraine's military said on March 9 that it would hold drills on Wednesday.", ["2026-03-09", "2026-03-11"]),
        // Not read: a report made today, no dated report, a past clause, a report that comes after.
        ("The company said on Thursday it would close the plant on Friday.", ["2026-03-12", "2026-03-13"]),
        ("The union will strike on Wednesday, its leader said.", ["2026-03-18"]),
        ("The union said on Monday it had struck on Wednesday.", ["2026-03-09", "2026-03-11"]),
        ("Parliament will vote on Wednesday, the speaker said on Monday.", ["2026-03-18", "2026-03-09"]),
        ("Officials met on Monday and said the talks would resume next Wednesday.", ["2026-03-09", "2026-03-18"]),
    ]

    @Test(arguments: reportedFutureCases)
    func plannedDayCountsFromTheReport(_ sentence: String, _ expected: [String?]) {
        #expect(dates(sentence) == expected)
    }

    static let fromUntilCases: [(String, [String?])] = [
        // Read: "from A until B" is one span.
        ("The army will hold military exercises from April 4 until April 12.", ["2026-04-04/2026-04-12"]),
        ("The king will make a state visit to Japan from Sunday until Wednesday.", ["2026-03-15/2026-03-18"]),
        ("The border crossing was closed from Feb. 20 till March 2.", ["2026-02-20/2026-03-02"]),
        ("The festival ran from Dec. 28 until Jan. 4.", ["2025-12-28/2026-01-04"]),
        // Not read: no "from"; an end alone; "from" after an "until" date.
        ("Flights were suspended on Monday until March 31.", ["2026-03-09", "2026-03-31"]),
        ("The airline suspended flights to Tel Aviv until March 31.", ["2026-03-31"]),
        ("Talks began in March 2024, a year before the deal.", ["2024-03", nil]),
    ]

    @Test(arguments: fromUntilCases)
    func fromUntilIsOneSpan(_ sentence: String, _ expected: [String?]) {
        #expect(dates(sentence) == expected)
    }

    static let pastHoursCases: [(String, [String?])] = [
        // Read: whole days of hours back to publication.
        ("Air strikes killed 30 people in the past 24 hours, the health ministry said on Thursday.", ["2026-03-11/2026-03-12", "2026-03-12"]),
        ("Police arrested 120 people over the past 48 hours.", ["2026-03-10/2026-03-12"]),
        ("Rebels shelled the town during the last 72 hours.", ["2026-03-09/2026-03-12"]),
        // Not read: hours that are not whole days, a count of days, no preposition.
        ("Troops fired on protesters in the past 36 hours.", [nil]),
        ("Police arrested 40 people in the past few days.", [nil]),
        ("The past 24 hours were the calmest in weeks.", [nil]),
    ]

    @Test(arguments: pastHoursCases)
    func pastHoursRunBackFromPublication(_ sentence: String, _ expected: [String?]) {
        #expect(dates(sentence) == expected)
    }
}
