import BriefingModel
@testable import BriefingDraft
import Testing

/// Dating and trigger rules added after studying held-out D's event misses (issue 3).
extension EventFinderTests {
    @Test func aDistanceCountsFromTheLatestDateOfItsOwnSentence() {
        let found = events("""
            Officials met in Geneva on Monday.
            The stockpile group said it received the request only on July 29 and approved 1.4 million doses two days later.
            """, "2026-08-06")
        // Receiving the request on a day of its own is a dated act too.
        #expect(found.map { $0.date?.description } == ["2026-08-03", "2026-07-29", "2026-07-31"])
    }

    @Test func aDistanceInMonthsCountsFromAMonth() {
        let found = events("""
            A WTO panel ruled in November 2022 that the ban broke trade rules.
            Jakarta appealed the ruling the following month.
            """, "2025-06-30")
        #expect(found.first?.date?.description == "2022-11")
        #expect(found.last?.date?.description == "2022-12")
        // A few days from a month stay, at the month's precision, in that month.
        let days = events("""
            The row began in November, when the minister visited Rabat.
            Algeria recalled its ambassador two days later.
            """, "2025-12-10")
        #expect(days.last?.date?.description == "2025-11")
        // Weeks beyond ten days are not guessed.
        let weeks = events("""
            The row began in November, when the minister visited Rabat.
            Algeria recalled its ambassador three weeks later.
            """, "2025-12-10")
        #expect(weeks.last?.date == nil)
    }

    @Test func untilGivesAnEndNotTheTimeOfTheAct() {
        let found = events("The ruling party suspended talks on joining the bloc until 2028.", "2026-01-27")
        #expect(found.count == 1)
        #expect(found.first?.date == nil)
    }

    @Test func aNounWithItsOwnDateIsAnEventApartFromTheAct() {
        let found = events("The court annulled the 2019 presidential election in February 2020.", "2025-10-23")
        #expect(Set(found.map { $0.date?.description }) == ["2020-02", "2019"])
        // The occasion of the act is no second event; the act takes its date.
        let occasion = events("Mwansa narrowly defeated Chanda in the 2021 election.", "2026-08-16", actors: [("Mwansa", .person, []), ("Chanda", .person, [])])
        #expect(occasion.map { $0.date?.description } == ["2021"])
    }

    @Test func aDatedReportIsPublishedButASourcingReportIsNot() {
        let found = events("The ombudsman said in a report to parliament on Thursday that her office had documented 182 cases.", "2026-01-27")
        #expect(found.map { $0.date?.description } == ["2026-01-22"])
        #expect(events("The activity likely shows support for Russia, the group said in its report.", "2023-10-18").isEmpty)
    }

    @Test func courtsHearRuleAndAnnulAndPermitsAreRevoked() {
        #expect(events("The court is scheduled to hear final arguments in The Hague from May 11 to May 22.", "2026-03-18")
            .map { $0.date?.description } == ["2026-05-11/2026-05-22"])
        #expect(events("The ministry had revoked 39 mining permits last month.", "2025-06-30").map { $0.date?.description } == ["2025-05"])
        #expect(events("A rerun in June 2020 was won by the opposition.", "2025-10-23").map { $0.date?.description } == ["2020-06"])
        #expect(events("The minister ruled out that possibility in March.", "2025-10-23").isEmpty)
        #expect(events("The body has been unable to hear appeals since 2019.", "2025-10-23").isEmpty)
    }

    @Test func fixedPhrasesOfNewsGrammarAreActs() {
        #expect(events("The army said the patrol came under fire on Monday near the border.", "2026-03-18").map { $0.date?.description } == ["2026-03-16"])
        #expect(events("The new rules come into force in July.", "2025-03-10").map { $0.date?.description } == ["2025-07"])
        #expect(events("He took the effect of the rules seriously in July.", "2025-03-10").isEmpty)
    }

    @Test func anActInTheSimplePresentWithADateIsOnTheCalendar() {
        // Published on a Monday: "on Friday" is the coming one, "in July" this year's.
        #expect(events("The duties, which range from 7.8 percent to 36.4 percent, take effect on Friday.", "2025-03-10")
            .map { $0.date?.description } == ["2025-03-14"])
        #expect(events("The ministry urged the commission to act before the duties become definitive in July.", "2025-03-10")
            .map { $0.date?.description } == ["2025-07"])
        // Told as past by the verb that governs it.
        #expect(events("The ombudsman said in a report to parliament on Friday that abuses continued.", "2025-03-10")
            .map { $0.date?.description } == ["2025-03-07"])
    }

    @Test func aDiscussionOnTheCalendarIsAMeetingButAPurposeIsNot() {
        #expect(events("EU foreign ministers are due to discuss Georgia again in Brussels on Feb. 23.", "2026-01-27")
            .map { $0.date?.description } == ["2026-02-23"])
        #expect(events("The ministers met on Monday to discuss trade.", "2026-01-27").count == 1)
        #expect(events("They would raise the shooting at a meeting of foreign ministers on Friday.", "2026-03-18")
            .map { $0.date?.description } == ["2026-03-20"])
    }

    @Test func aMonthOfThatYearTakesTheYearLastNamed() {
        let found = events("""
            Relations have been strained since March 2022, when the dispute began.
            Algeria suspended a friendship treaty with Spain in June of that year.
            """, "2025-12-10")
        #expect(found.last?.date?.description == "2022-06")
        #expect(found.last?.dateText == "in June of that year")
    }

    @Test func aPurposeInfinitiveIsNoActOfItsOwn() {
        #expect(events("The guards crossed the border near the exclave on Monday to install surveillance cameras.", "2026-03-18").count == 1)
        #expect(events("The network paid people to join protests in the capital.", "2026-03-18").isEmpty)
        // A schedule, a decision carried out, a means used: the infinitive is the act.
        #expect(events("Police used tear gas to disperse a march in Novi Sad last month.", "2026-04-08").map { $0.date?.description } == ["2026-03"])
        #expect(events("Parliament voted to impose sanctions on Monday.", "2026-04-08").count == 1)
    }

    @Test func aRelativeClauseThatMakesANounHappenDatesIt() {
        let found = events("Investigators had traced the attack, which began on the night of Jan. 23, to a group known as Sandworm.", "2026-02-17")
        #expect(found.map { $0.date?.description } == ["2026-01-23"])
        // Not a noun that only heads a longer phrase.
        #expect(events("Investigators had traced the attack on a bank, which began on Jan. 23, to a group.", "2026-02-17").first?.date == nil)
    }

    @Test func closingReleasingAndRelativeActsAreFound() {
        #expect(events("The men were arrested over a fight on Oct. 15 and released on bail the next day.", "2025-10-23")
            .map { $0.date?.description } == ["2025-10-15", "2025-10-16"])
        #expect(events("The state government closed 40 schools being used as shelters on Thursday.", "2026-08-06").count == 1)
        #expect(events("The network, a coalition that deployed 5,200 observers in September, said the vote was credible.", "2025-10-23")
            .map { $0.date?.description } == ["2025-09"])
        #expect(events("She stood close to the border in March.", "2025-10-23").isEmpty)
    }

    @Test func aDateAfterTheNounsComplementIsItsOwn() {
        let found = events("""
            Voters went to the polls on Sunday in a tense election.
            The president, who led the party until his election as head of state in 2022, dismissed the claims.
            """, "2026-04-08")
        #expect(found.last?.date?.description == "2022")
        #expect(found.count == 2)
    }
}

/// A verb-only trigger after a determiner is a noun ("The storm", "Tuesday's storm"), so it
/// is not read as an act on the calendar.
extension EventFinderTests {
    @Test func aVerbAfterADeterminerIsANounNotAScheduledAct() {
        for sentence in ["The storm struck the coast on Dec. 28.", "A storm hit the port on Tuesday.", "Tuesday's storm destroyed 400 homes."] {
            let found = events(sentence, "2026-01-10")
            #expect(found.allSatisfy { ($0.date?.description ?? "") < "2026-01-10" }, "\(sentence): \(found.map { $0.date?.description })")
        }
    }
}

/// "added" is a verb of saying unless it adds something to a list; an audit is a formal act.
extension EventFinderTests {
    @Test func addingToAListIsAnActAndAnAuditAnEvent() {
        #expect(events("The United States added the firm to its sanctions list in 2023.", "2025-09-18").map { $0.date?.description } == ["2023"])
        #expect(events("The ministry added that 40 people were hurt on Monday.", "2025-09-18").isEmpty)
        #expect(events("An audit found $4 million missing in 2021.", "2025-09-18").map { $0.date?.description } == ["2021"])
    }
}
