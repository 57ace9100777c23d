import BriefingModel
@testable import BriefingDraft
import Testing

/// Each case: a sentence, the publication date, and the expected (text, resolved date).
@Suite struct DateFinderTests {
    func found(_ sentence: String, _ published: String?) -> [(String, String?)] {
        DateFinder.find(in: sentence, published: published.flatMap(BriefingDate.init(parsing:)))
            .map { ($0.text, $0.span?.description) }
    }

    func only(_ sentence: String, _ published: String?) -> (String, String?)? {
        let all = found(sentence, published)
        return all.count == 1 ? all[0] : nil
    }

    private func date(_ sentence: String, _ published: String?) -> String? {
        only(sentence, published)?.1
    }

    // MARK: Weekdays by tense

    @Test func weekdayInThePastIsOnOrBeforePublication() {
        // 2023-10-18 is a Wednesday.
        #expect(only("Foreign Minister Sergei Lavrov said in Pyongyang on Wednesday.", "2023-10-18")! == ("on Wednesday", "2023-10-18"))
        #expect(only("On Friday, the United States said arms shipments were already underway.", "2023-10-18")! == ("On Friday", "2023-10-13"))
        #expect(only("The Kremlin said Tuesday the claim was false.", "2023-10-18")! == ("Tuesday", "2023-10-17"))
        #expect(date("The bomber landed Thursday at the airport.", "2023-10-18") == "2023-10-12")
    }

    @Test func weekdayInTheFutureIsAfterPublication() {
        #expect(date("The two leaders will meet on Friday.", "2023-10-18") == "2023-10-20")
        #expect(date("The two leaders will meet on Wednesday.", "2023-10-18") == "2023-10-25")
        #expect(date("Talks are expected to resume on Monday.", "2023-10-18") == "2023-10-23")
        #expect(date("He is due to arrive on Sunday.", "2023-10-18") == "2023-10-22")
    }

    @Test func weekdayWithLastNextAndThis() {
        #expect(date("They met last Wednesday.", "2023-10-18") == "2023-10-11")
        #expect(date("They met last Tuesday.", "2023-10-18") == "2023-10-17")
        #expect(date("They meet again next Monday.", "2023-10-18") == "2023-10-23")
        #expect(date("They meet next Thursday.", "2023-10-18") == "2023-10-19")
    }

    @Test func weekdayWithPartOfDayAndPossessive() {
        #expect(only("Explosions were heard on Sunday night.", "2023-10-18")! == ("on Sunday night", "2023-10-15"))
        #expect(date("Friday’s sanctions hit dozens of firms.", "2024-08-25") == "2024-08-23")
    }

    @Test func weekdayAcrossMonthAndYearBoundaries() {
        // 2024-01-02 is a Tuesday.
        #expect(date("The ministry said on Friday that it had acted.", "2024-01-02") == "2023-12-29")
        #expect(date("Officials will meet on Monday.", "2023-12-29") == "2024-01-01")
    }

    @Test func presentTenseTakesTheNearerDay() {
        // Published Friday 2023-10-20: Sunday ahead (2 days) is nearer than Sunday past (5 days).
        #expect(date("The summit opens on Sunday.", "2023-10-20") == "2023-10-22")
        #expect(date("China says on Thursday it opposes the plan.", "2023-10-20") == "2023-10-19")
    }

    @Test func weekdayWithoutPublicationDateStaysEmpty() {
        #expect(only("He said on Wednesday that talks had failed.", nil)! == ("on Wednesday", nil))
    }

    // MARK: Days relative to publication

    @Test func todayTonightYesterdayTomorrow() {
        #expect(only("Australia will take China to the World Trade Organisation tonight.", "2020-12-16")! == ("tonight", "2020-12-16"))
        #expect(only("But today, the minister confirmed the calls had gone unanswered.", "2020-12-16")! == ("today", "2020-12-16"))
        #expect(date("The ship docked yesterday.", "2024-03-01") == "2024-02-29")
        #expect(date("The ship docked yesterday.", "2023-03-01") == "2023-02-28")
        #expect(date("The vote is tomorrow.", "2023-12-31") == "2024-01-01")
        #expect(date("Rockets hit the city last night.", "2023-01-01") == "2022-12-31")
        #expect(date("He spoke this morning.", "2023-05-05") == "2023-05-05")
    }

    @Test func daysAndWeeksAgo() {
        #expect(only("The ship docked two days ago.", "2023-03-01")! == ("two days ago", "2023-02-27"))
        #expect(date("The ship docked 10 days ago.", "2024-03-05") == "2024-02-24")
        #expect(date("It happened a week ago.", "2023-10-18") == "2023-10-09/2023-10-15")
        #expect(date("It happened three months ago.", "2023-02-10") == "2022-11")
        #expect(date("It happened two years ago.", "2023-02-10") == "2021")
        #expect(date("It happened a few days ago.", "2023-02-10") == nil)
    }

    // MARK: Weeks, months, years

    @Test func lastWeekIsThePreviousMondayToSunday() {
        #expect(only("Analysts last week released satellite images.", "2023-10-18")! == ("last week", "2023-10-09/2023-10-15"))
        #expect(date("Analysts released images last week.", "2023-10-16") == "2023-10-09/2023-10-15")
        #expect(date("Analysts released images last week.", "2023-10-15") == "2023-10-02/2023-10-08")
        #expect(date("Analysts released images last week.", "2024-01-03") == "2023-12-25/2023-12-31")
        #expect(date("They meet next week.", "2023-12-28") == "2024-01-01/2024-01-07")
        #expect(date("They met this week.", "2023-10-18") == "2023-10-16/2023-10-22")
        #expect(date("Protests erupted last weekend.", "2023-10-18") == "2023-10-14/2023-10-15")
    }

    @Test func lastThisNextMonth() {
        #expect(only("Kim traveled to Russia to meet Putin last month.", "2023-10-18")! == ("last month", "2023-09"))
        #expect(date("Kim traveled to Russia last month.", "2024-01-10") == "2023-12")
        #expect(date("He will visit next month.", "2023-12-05") == "2024-01")
        #expect(date("Prices rose earlier this month.", "2023-12-05") == "2023-12")
        #expect(only("Prices rose earlier this month.", "2023-12-05")?.0 == "earlier this month")
    }

    @Test func thisLastNextYear() {
        #expect(only("The North conducted a series of weapons tests this year.", "2023-10-18")! == ("this year", "2023"))
        #expect(date("Elections were held last year.", "2023-01-02") == "2022")
        #expect(date("Elections are due next year.", "2023-12-30") == "2024")
        #expect(date("It happened late last year.", "2023-04-02") == "2022")
    }

    // MARK: Month names

    @Test func monthAloneFollowsTense() {
        #expect(only("Beijing slapped an 80.5 per cent tariff on Australian barley in May.", "2020-12-16")! == ("in May", "2020-05"))
        #expect(only("In September, China banned the exporter altogether.", "2020-12-16")! == ("In September", "2020-09"))
        #expect(date("Beijing imposed the tariff in September.", "2021-02-01") == "2020-09")
        #expect(date("The tariff will take effect in May.", "2021-02-01") == "2021-05")
        #expect(date("Talks broke down in December.", "2024-01-15") == "2023-12")
        #expect(date("The deal was signed in January.", "2024-01-15") == "2024-01")
        #expect(date("It happened last May.", "2024-05-20") == "2023-05")
        #expect(date("It happened in mid-October.", "2023-12-01") == "2023-10")
        #expect(date("It happened in early March.", "2023-12-01") == "2023-03")
    }

    /// Wire copy gives the year of a date that is not in the current one, so a date without
    /// its year more than half a year back in a past-tense clause is the coming one.
    @Test func aYearlessDateIsNotMoreThanHalfAYearBack() {
        #expect(date("She called for a truce before the vote on Oct. 12.", "2025-09-17") == "2025-10-12")
        #expect(date("He accused them of courting voters ahead of elections due in May.", "2025-02-11") == "2025-05")
        #expect(date("Beijing imposed the tariff in May.", "2021-02-01") == "2021-05")
        // Within half a year, the past reading stands, across the new year too.
        #expect(date("The talks collapsed on March 20.", "2025-09-17") == "2025-03-20")
        #expect(date("The ship docked on Dec. 28.", "2024-01-03") == "2023-12-28")
        #expect(date("Prices rose in August.", "2025-02-11") == "2024-08")
        // A year the text gives, or "last", is kept.
        #expect(date("The vote was held on Oct. 12, 2024.", "2025-09-17") == "2024-10-12")
        #expect(date("It happened last May.", "2025-02-11") == "2024-05")
    }

    @Test func monthAndDayInBothOrders() {
        #expect(only("The ship docked on Sept. 1.", "2023-10-18")! == ("on Sept. 1", "2023-09-01"))
        #expect(date("The ship docked on October 12.", "2023-10-18") == "2023-10-12")
        #expect(date("The ship docked on 12 October.", "2023-10-18") == "2023-10-12")
        #expect(date("The ship docked on the 12th of October.", "2023-10-18") == "2023-10-12")
        #expect(date("The ship docked on Dec. 28.", "2024-01-03") == "2023-12-28")
        #expect(date("The ship will dock on Jan. 5.", "2023-12-28") == "2024-01-05")
    }

    @Test func monthDayAndYear() {
        #expect(only("The ship docked on October 12, 2022, officials said.", "2023-10-18")! == ("on October 12, 2022", "2022-10-12"))
        #expect(date("The ship docked on 12 October 2021.", "2023-10-18") == "2021-10-12")
        #expect(date("The talks began in October 2021.", "2023-10-18") == "2021-10")
        #expect(date("The talks began in October last year.", "2023-10-18") == "2022-10")
        #expect(only("He spoke on Wednesday, Oct. 18, 2023.", nil)! == ("on Wednesday, Oct. 18, 2023", "2023-10-18"))
    }

    @Test func monthOfThatYearTakesTheYearWrittenBefore() {
        let signed = found("The deal was signed in February 2024 by a minister who left office in June of that year.", "2026-01-22")
        #expect(signed.last?.0 == "in June of that year" && signed.last?.1 == "2024-06", "\(signed)")
        let ruled = found("The last election, in 2021, ended only after a ruling in July that year.", "2026-06-26")
        #expect(ruled.last?.0 == "in July that year" && ruled.last?.1 == "2021-07", "\(ruled)")
        // No year written before: "that year" is left alone, the month read as it was.
        #expect(found("The minister left office in June of that year.", "2026-01-22").map(\.0) == ["in June"])
    }

    @Test func leapDays() {
        #expect(date("The ship docked on Feb. 29.", "2024-03-10") == "2024-02-29")
        #expect(date("The ship docked on Feb. 29.", "2023-03-10") == "2020-02-29")
        #expect(date("The ship will dock on Feb. 29.", "2023-03-10") == "2024-02-29")
        #expect(date("The ship docked on February 29, 2023.", nil) == nil)
        #expect(date("The ship docked on February 29, 2000.", nil) == "2000-02-29")
        #expect(date("The ship docked on February 29, 1900.", nil) == nil)
    }

    @Test func monthWordsThatAreNotDates() {
        #expect(found("Pyongyang may provide Moscow with weapons.", "2023-10-18").isEmpty)
        #expect(found("Prime Minister Theresa May said the talks would continue.", "2023-10-18").isEmpty)
        #expect(found("Thousands joined the march on the capital.", "2023-10-18").isEmpty)
    }

    // MARK: Years

    @Test func bareYears() {
        #expect(only("It was the first landing since at least 2000, when records began.", "2023-10-18")! == ("since at least 2000", "2000"))
        #expect(only("The embargo has been in place since 1997.", "2023-10-18")! == ("since 1997", "1997"))
        #expect(DateFinder.find(in: "The embargo has been in place since 1997.", published: nil).first?.preposition == "since")
        #expect(only("He lost the 2012 contest.", "2023-10-18")! == ("2012", "2012"))
        #expect(only("In 2019, the two leaders met.", nil)! == ("In 2019", "2019"))
        #expect(date("It grew in the 1990s.", nil) == "1990/1999")
        #expect(date("The 2022-23 season ended.", nil) == "2022/2023")
    }

    @Test func numbersThatAreNotYears() {
        #expect(found("The country sent 2000 troops.", "2023-10-18").isEmpty)
        #expect(found("More than 1,000 containers were delivered.", "2023-10-18").isEmpty)
        #expect(found("A U.S. B-52 bomber landed.", "2023-10-18").isEmpty)
    }

    // MARK: Ranges

    @Test func betweenAndFromTo() {
        #expect(only("Containers were shipped between Sept. 1 and Oct. 1.", "2023-10-18")! == ("between Sept. 1 and Oct. 1", "2023-09-01/2023-10-01"))
        #expect(date("The fair ran from Dec. 20 to Jan. 5.", "2024-01-10") == "2023-12-20/2024-01-05")
        #expect(date("Exercises ran from Monday to Wednesday.", "2023-10-18") == "2023-10-16/2023-10-18")
        #expect(date("The talks were held Sept. 1-3.", "2023-10-18") == "2023-09-01/2023-09-03")
        #expect(date("The talks were held on 1-3 October 2022.", nil) == "2022-10-01/2022-10-03")
        #expect(date("Growth was slow between 2010 and 2015.", nil) == "2010/2015")
        #expect(date("The talks were held between May 1 and 15.", "2023-10-18") == "2023-05-01/2023-05-15")
    }

    // MARK: Durations and distances

    @Test func durationsAreFoundAndAnchored() throws {
        let mentions = DateFinder.find(in: "Lavrov began a two-day visit to Pyongyang.", published: nil)
        #expect(mentions.count == 1)
        #expect(mentions.first?.text == "two-day")
        let duration = DateDuration(count: 2, unit: .day)
        #expect(mentions.first?.kind == .duration(duration))
        #expect(duration.span(anchoredAt: BriefingDate(year: 2023, month: 10, day: 18))?.description == "2023-10-18/2023-10-19")
        #expect(duration.span(anchoredAt: BriefingDate(year: 2024, month: 2, day: 28))?.description == "2024-02-28/2024-02-29")
        #expect(duration.span(anchoredAt: BriefingDate(year: 2023, month: 2, day: 28))?.description == "2023-02-28/2023-03-01")
        #expect(duration.span(anchoredAt: BriefingDate(year: 2023, month: 12, day: 20), backwards: true)?.description == "2023-12-19/2023-12-20")
        #expect(duration.span(anchoredAt: BriefingDate(year: 2023, month: 12)) == nil)
        #expect(DateFinder.find(in: "a week-long tour", published: nil).first?.kind == .duration(DateDuration(count: 1, unit: .week)))
        #expect(DateFinder.find(in: "a 10-day trip", published: nil).first?.kind == .duration(DateDuration(count: 10, unit: .day)))
        #expect(DateFinder.find(in: "The 62-year-old spoke.", published: nil).isEmpty)
    }

    @Test func distancesNeedAnAnchor() throws {
        let mentions = DateFinder.find(in: "Its arrival came less than a week after the carrier docked in Busan.", published: BriefingDate(year: 2023, month: 10, day: 18))
        #expect(mentions.count == 1)
        let mention = try #require(mentions.first)
        #expect(mention.text == "less than a week after")
        #expect(mention.span == nil)
        guard case let .offset(offset) = mention.kind else { Issue.record("not an offset"); return }
        #expect(offset.isClausal)
        #expect(offset.bound == .lessThan)
        #expect(offset.span(from: BriefingDate(year: 2023, month: 10, day: 17), toward: .earlier)?.description == "2023-10-11/2023-10-16")
        #expect(offset.span(from: BriefingDate(year: 2023, month: 10, day: 17), toward: .later)?.description == "2023-10-18/2023-10-23")

        let later = DateFinder.find(in: "Two days later, the ship left.", published: nil)
        guard case let .offset(twoDays)? = later.first?.kind else { Issue.record("not an offset"); return }
        #expect(!twoDays.isClausal)
        #expect(twoDays.span(from: BriefingDate(year: 2024, month: 2, day: 28), toward: twoDays.direction)?.description == "2024-03-01")
        let sameDay = DateFinder.find(in: "The same day, Russia struck Kyiv.", published: nil)
        guard case let .offset(zero)? = sameDay.first?.kind else { Issue.record("not an offset"); return }
        #expect(zero.span(from: BriefingDate(year: 2024, month: 2, day: 28), toward: .later)?.description == "2024-02-28")
        let approximate = DateFinder.find(in: "About a week after the vote, he resigned.", published: nil)
        guard case let .offset(about)? = approximate.first?.kind else { Issue.record("not an offset"); return }
        #expect(about.span(from: BriefingDate(year: 2024, month: 2, day: 28), toward: .later) == nil)
    }

    // MARK: Open times

    @Test func vagueTimesHaveNoDate() {
        #expect(only("North Korea delivered containers in recent weeks.", "2023-10-18")! == ("in recent weeks", nil))
        #expect(only("The North recently enshrined its status.", "2023-10-18")! == ("recently", nil))
        #expect(only("They were then delivered by rail.", "2023-10-18")! == ("then", nil))
        #expect(DateFinder.find(in: "They were then delivered by rail.", published: nil).first?.kind == .vague)
        #expect(only("Trade has grown in the past year.", "2023-10-18")! == ("in the past year", nil))
        #expect(found("He issued earlier warnings.", "2023-10-18").isEmpty)
    }

    // MARK: Offsets and text

    @Test func rangesAreUTF8OffsetsIntoTheSentence() {
        let sentence = "Lavrov’s trip — announced “suddenly” — began on Wednesday."
        let mention = DateFinder.find(in: sentence, published: nil)[0]
        let utf8 = Array(sentence.utf8)
        #expect(String(decoding: utf8[mention.range], as: UTF8.self) == "on Wednesday")
        #expect(mention.preposition == "on")
    }

    @Test func tenseOfAClause() {
        #expect(DateFinder.tense(of: "The leaders will meet") == .future)
        #expect(DateFinder.tense(of: "The visit is expected to lay the groundwork") == .future)
        #expect(DateFinder.tense(of: "Australia would be taking China to the WTO") == .future)
        #expect(DateFinder.tense(of: "The leaders met") == .past)
        #expect(DateFinder.tense(of: "The bomber landed at the airport") == .past)
        #expect(DateFinder.tense(of: "The talks have resumed") == .past)
        #expect(DateFinder.tense(of: "China says it opposes the plan") == .present)
    }

    // MARK: The current period and short distances

    @Test func theEndOfTheMonthIsThisMonth() {
        // 2026-01-16 is a Friday.
        #expect(only("A vote is expected before the end of the month.", "2026-01-16")! == ("before the end of the month", "2026-01"))
        #expect(date("It expects to conclude four more cases before the end of the year.", "2025-07-22") == "2025")
        #expect(date("Officials will decide by the end of August.", "2025-07-22") == "2025-08")
    }

    @Test func shortlyAfterwardsIsADistanceOfNoDays() {
        let mention = DateFinder.find(in: "Shortly afterwards a fighter entered the airspace.", published: BriefingDate(parsing: "2026-03-12")).first
        guard case let .offset(offset)? = mention?.kind else { Issue.record("no offset"); return }
        #expect(offset.count == 0 && offset.bound == .exact && !offset.isClausal)
        // Longer distances stay open.
        let days = DateFinder.find(in: "Days later the ship sailed.", published: BriefingDate(parsing: "2026-03-12")).first
        if case let .offset(offset)? = days?.kind { #expect(offset.bound == .approximate) }
    }

    @Test func overTheWeekendIsTheNearestOneTheTenseAllows() {
        // 2026-08-17 is a Monday; 2026-08-19 a Wednesday.
        #expect(only("Police arrested 37 people over the weekend.", "2026-08-17")! == ("over the weekend", "2026-08-15/2026-08-16"))
        #expect(date("Talks will be held over the weekend.", "2026-08-19") == "2026-08-22/2026-08-23")
    }
}
