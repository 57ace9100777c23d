import BriefingModel
@testable import BriefingDraft
import Testing

/// Dates told after their act (helper dt's invented wire-copy probes): a sentence that only
/// dates the act just before, the subject a joined verb shares, and what came of a dated act.
extension EventFinderTests {
    @Test(arguments: [
        ("The coast guard detained a fishing trawler in disputed waters, the navy said on Friday.\nThe seizure took place on Wednesday night, about 20 miles from the coast, the navy said.", "2026-06-19", "2026-06-17"),
        ("Police raided the offices of a newspaper in the capital.\nThe raid took place on Tuesday, the paper said.", "2026-06-19", "2026-06-16"),
        ("Lawmakers voted to extend the fishing zone to 50 miles.\nThe vote was held on April 22, the assembly said.", "2026-06-19", "2026-04-22"),
        ("Gunmen attacked a police post near the border, the army said.\nThe attack happened in the early hours of Sunday.", "2026-03-02", "2026-03-01"),
    ])
    func aSentenceThatOnlyDatesAnActGivesItsDateToTheActBeforeToo(text: String, published: String, date: String) {
        // The dating sentence keeps its own event: annotators put the happening there.
        #expect(events(text, published).map { $0.date?.description } == [date, date])
    }

    @Test func aDatedMentionThatDoesMoreThanDateIsNotFoldedIntoAnUndatedAct() {
        // A later paragraph, not the next sentence: the vote may be another one.
        let far = events("""
            Lawmakers voted to extend the fishing zone to 50 miles.
            Fishermen protested outside parliament.
            The vote was held on April 22.
            """, "2026-06-19")
        #expect(far.first?.date == nil)
        // The noun acts ("The raid killed …"): its own sentence, not a date for the act before.
        let acts = events("""
            Police raided the offices of a newspaper in the capital.
            The raid on Tuesday left two reporters injured.
            """, "2026-06-19")
        #expect(acts.first?.date == nil)
        // An act already dated keeps its date.
        let dated = events("""
            Police raided the offices of a newspaper on Monday.
            The raid took place on Tuesday, according to the paper.
            """, "2026-06-19")
        #expect(dated.first?.date?.description == "2026-06-15")
    }

    @Test func aJoinedVerbSharesTheSubjectOfTheVerbBeforeNotItsObject() {
        let actors: [(String, ActorKind, [String])] = [("Morgenpost", .media, []), ("Brenna", .country, [])]
        let found = events("Police in Brenna raided the offices of the newspaper Morgenpost and seized its reporters' laptops, the paper said on Thursday.", "2025-10-09", actors: actors)
        // The paper reports a raid on itself: no act of its own, so the report's day dates nothing.
        #expect(found.allSatisfy { $0.date == nil })
        // The reporter's own act still takes the report's day.
        let own = events("Morgenpost moved its newsroom to Vesna and hired 20 reporters, the paper said on Thursday.", "2025-10-09", actors: actors)
        #expect(own.allSatisfy { $0.date?.description == "2025-10-09" })
    }

    @Test(arguments: [
        ("Her supporters clashed with police in the capital on the night of Dec. 30, and 14 people were arrested.", "2026-01-06", "2025-12-30"),
        ("Police fired tear gas at protesters on Sunday, and 30 people were arrested.", "2026-03-02", "2026-03-01"),
        ("Rebels seized the town hall on March 3, and the mayor was detained.", "2026-03-10", "2026-03-03"),
    ])
    func aPassiveJoinedByAndHappenedOnTheDayOfTheActBefore(text: String, published: String, date: String) {
        #expect(events(text, published).map { $0.date?.description } == [date, date])
    }

    @Test func aPassiveAfterAMonthOrYearKeepsItsTimeOpen() {
        let found = events("The general seized power in 2019, and the opposition party was banned.", "2026-03-10")
        #expect(found.last?.date == nil)
        // Its own time wins.
        let own = events("Rebels took the town on March 3, and the mayor was arrested two days later.", "2026-03-10")
        #expect(own.last?.date?.description == "2026-03-05")
        // Not without the comma that closes the first act.
        let tight = events("Rebels shelled the town on Sunday and were pushed back.", "2026-03-10")
        #expect(tight.count <= 1 || tight.last?.date?.description == "2026-03-08")
    }
}

extension EventFinderTests {
    @Test(arguments: [
        ("Lawmakers voted to extend the fishing zone to 50 miles.\nObservers from the regional bloc criticised the April 22 vote.", "2026-06-19", "2026-04-22"),
        ("Police raided the offices of a newspaper in the capital.\nReporters said Wednesday's raid was meant to intimidate them.", "2026-06-19", "2026-06-17"),
    ])
    func aMentionNamedWithItsDateDatesTheUndatedActJustBefore(text: String, published: String, date: String) {
        let found = events(text, published)
        #expect(found.first?.date?.description == date)
    }

    @Test func aMentionNamedWithAYearDoesNotDateTheActBefore() {
        let found = events("Lawmakers voted to extend the fishing zone to 50 miles.\nThe opposition recalled the 2019 vote on the same question.", "2026-06-19")
        #expect(found.first?.date == nil)
    }
}

extension EventFinderTests {
    @Test func aDatedMentionUnderARefusalIsNoMentionYet() {
        withKnownIssue("not read yet: a dated mention under a verb of refusal ('has refused to recognise the April 22 vote')") {
            let found = events("Lawmakers voted to extend the fishing zone to 50 miles.\nThe opposition has refused to recognise the April 22 vote.", "2026-06-19")
            #expect(found.first?.date?.description == "2026-04-22")
        }
    }
}

extension EventFinderTests {
    @Test(arguments: [
        ("The stoppage began on Tuesday and is due to run until Saturday, the union said.", "2026-05-20", "2026-05-19/2026-05-23"),
        ("Fighting broke out near the airport on Monday and lasted until Wednesday morning.", "2026-05-22", "2026-05-18/2026-05-20"),
        ("The drills, which started on May 4, will continue until the end of May.", "2026-05-06", "2026-05-04/2026-05-31"),
    ])
    func anActThatRunsUntilALaterDaySpansToIt(text: String, published: String, date: String) {
        #expect(events(text, published).first?.date?.description == date)
    }

    @Test func anUntilThatIsNotTheActsOwnRunLeavesItsDay() {
        // What lasts is the detention, not the arrest: no verb of running on.
        let held = events("Police arrested the mayor on Monday and will hold him until Friday.", "2026-05-20")
        #expect(held.first?.date?.description == "2026-05-18")
        // A month or a year alone is no day to run from.
        let month = events("The strike began in March and is due to run until June 30.", "2026-05-20")
        #expect(month.first?.date?.description == "2026-03")
    }
}

extension EventFinderTests {
    @Test(arguments: [
        "Austria has expelled nine Russian diplomats since 2022.",
        "Police have arrested hundreds of protesters since 2022.",
        "The authorities have detained 40 journalists since 2022.",
    ])
    func aCountKeptSinceAYearRunsToTheReportInWordsOrFigures(text: String) {
        #expect(events(text, "2026-02-26").first?.date?.description == "2022/2026-02-26")
    }

    @Test func oneActSinceAYearDatesFromItsStart() {
        #expect(events("The border has been closed since 2022.", "2026-02-26").allSatisfy { $0.date?.description != "2022/2026-02-26" })
        #expect(events("Austria has expelled a Russian diplomat since 2022.", "2026-02-26").first?.date?.description != "2022/2026-02-26")
    }
}

/// Probe passages of helper dt, kept whole.
extension EventFinderTests {
    @Test func probePassageATrawlerSeizedAndDatedInTheNextSentence() {
        let found = events("""
            The coast guard of Pellar detained a fishing trawler from neighbouring Ostrand in disputed waters off the Varr peninsula, the Pellarian navy said on Friday.
            The seizure took place on Wednesday night, about 20 nautical miles from the coast, the navy said.
            Ostrand summoned Pellar's ambassador on Thursday and recalled its own envoy from the Pellarian capital, Dorsk.
            Pellarian patrol boats boarded a second vessel on June 2 and released it on June 5 after its owners paid a fine.
            """, "2026-06-19")
        let dates = found.map { $0.date?.description ?? "-" }
        #expect(dates.prefix(2) == ["2026-06-17", "2026-06-17"])
        #expect(dates.contains("2026-06-18"))
        #expect(dates.contains("2026-06-02"))
        #expect(dates.contains("2026-06-05"))
    }

    @Test func probePassageAPortBlastWithWhatCameOfIt() {
        let found = events("""
            An explosion ripped through a chemical warehouse at the port of Kessa late on Saturday, killing five dock workers, the harbour authority said on Monday.
            Firefighters brought the fire under control on Sunday morning, and 40 families were evacuated from nearby streets.
            Port director Amal Reyes was suspended on Sunday.
            Dock workers will hold a one-day strike on Thursday to demand safer storage, their union said.
            Labour Minister Tess Varro visits the port on Wednesday, her office said.
            """, "2026-07-13")
        let dates = found.map { $0.date?.description ?? "-" }
        #expect(dates.first == "2026-07-11")
        #expect(dates.contains("2026-07-12"))
        #expect(dates.contains("2026-07-16"))
        #expect(dates.contains("2026-07-15"))
        #expect(!dates.contains("2026-07-08"))
    }
}

extension EventFinderTests {
    @Test func aLaterMentionThatSaysHowLongTheEventRunsEndsItsSpan() {
        withKnownIssue("not read yet: a later mention of an event begun with 'began a strike' is not folded into it") {
            let strike = events("Teachers began a strike on Monday.\nThe union said the strike would last until Friday.", "2025-06-30")
            #expect(strike.map { $0.date?.description } == ["2025-06-30/2025-07-04"])
        }
        let consultation = events("""
            The European Commission said on Friday that it had opened a public consultation on possible countermeasures.
            Spokesman Olof Gill said the consultation would run until Aug. 8.
            """, "2025-06-30", actors: [("European Commission", .organization, [])])
        #expect(consultation.map { $0.date?.description } == ["2025-06-27/2025-08-08"])
        // An end that is no later day, or a mention that only says when it ends, changes nothing.
        let ended = events("""
            The European Commission said on Friday that it had opened a public consultation on possible countermeasures.
            Spokesman Olof Gill said the consultation would end on Aug. 8.
            """, "2025-06-30", actors: [("European Commission", .organization, [])])
        #expect(ended.first?.date?.description == "2025-06-27")
    }
}
