import BriefingModel
@testable import BriefingDraft
import Testing

/// A past act with a date of its own is an event whatever its verb; saying, thinking, being
/// and measuring are not (issue 3, events on unseen text).
extension EventFinderTests {
    @Test func aDatedPastActIsAnEventWhateverItsVerb() {
        #expect(events("Protesters in Tbilisi greeted the British decision with cheers outside parliament on Monday night.", "2026-01-27")
            .map { $0.date?.description } == ["2026-01-26"])
        #expect(events("The roll was audited by an independent firm in 2024.", "2025-10-23").map { $0.date?.description } == ["2024"])
        #expect(events("Its teams had recorded 96 deaths in the city last week.", "2026-08-06").map { $0.date?.description } == ["2026-07-27/2026-08-02"])
        // A start is the act it starts.
        #expect(events("A consortium began pumping oil off the coast in 2019.", "2026-03-18").map { $0.date?.description } == ["2019"])
        // The date a "when" clause hangs on.
        #expect(events("Relations have been strained since March 2022, when the government backed the plan.", "2025-12-10")
            .map { $0.date?.description } == ["2022-03"])
    }

    @Test func anUndatedPastActNeedsTheLexicon() {
        #expect(events("Protesters greeted the decision with cheers.", "2026-01-27").isEmpty)
    }

    @Test func sayingThinkingBeingAndMeasuringAreNoActs() {
        #expect(events("The ministry said on Monday that the talks were useful.", "2026-01-27").isEmpty)
        #expect(events("Officials expected a decision last week.", "2026-01-27").isEmpty)
        #expect(events("The forint weakened 0.8% against the euro on Tuesday.", "2025-11-05").isEmpty)
        #expect(events("The bloc imported components worth 2.1 billion euros last year.", "2025-11-05").isEmpty)
        #expect(events("Exports rose sharply last year.", "2025-11-05").isEmpty)
        // A present perfect tells a state up to now.
        #expect(events("Russia has ramped up production of shells this year.", "2023-10-18").isEmpty)
    }

    @Test func aParticipleIsNoFiniteVerb() {
        // After a determiner or a preposition the "-ed" form is an adjective.
        #expect(events("Aid reached the displaced families on Monday.", "2026-01-27").isEmpty)
        #expect(events("Aid reached families in crowded camps on Monday.", "2026-01-27").isEmpty)
    }

    @Test func aRelativeClauseTellsWhatTheEventNounDid() {
        let found = events("Investigators traced a cyberattack that knocked out signalling on the rail network last month.", "2026-02-17")
        #expect(found.count == 1)
        #expect(found.first?.date?.description == "2026-01")
    }

    @Test func aCountKeptSinceADateRunsToTheReport() {
        #expect(events("The agency said that a cholera outbreak had killed 412 people since January.", "2026-08-06")
            .map { $0.date?.description } == ["2026-01/2026-08-06"])
        #expect(events("He said the jihadists had carried out more than 200 attacks on villages since January.", "2026-09-24")
            .map { $0.date?.description } == ["2026-01/2026-09-24"])
        // An act repeated since a date ("twice", "weekly") is counted up to the report too.
        #expect(events("The ministry said it had fined the mine operator twice since 2023.", "2026-02-19")
            .map { $0.date?.description } == ["2023/2026-02-19"])
        #expect(events("A residents' group has held weekly protests outside the plant since November.", "2026-03-04")
            .map { $0.date?.description } == ["2025-11/2026-03-04"])
        // A single act dates from its start.
        #expect(events("The regulator has opened investigations into all companies since November 2021.", "2025-06-30")
            .map { $0.date?.description } == ["2021-11"])
    }
}

/// Ends, verbs after their noun and the present of relative clauses (issue 3, dates on unseen text).
extension EventFinderTests {
    @Test func whatGoesOnUntilADateRunsFromTheReport() {
        #expect(events("Hearings are scheduled twice a week until the end of July.", "2025-06-12").map { $0.date?.description } == ["2025-06-12/2025-07-31"])
        #expect(events("The panel is expected to hear evidence until Nov. 7.", "2025-10-23").map { $0.date?.description } == ["2025-10-23/2025-11-07"])
        // A past act with an end has no date of its own, nor does the next clause borrow the end.
        #expect(events("The ruling party suspended talks on joining the bloc until 2028.", "2026-01-27").map { $0.date?.description } == [nil])
        #expect(events("Hearings run until the end of July, and the court has summoned 83 witnesses.", "2025-06-12")
            .allSatisfy { $0.date?.description != "2025-07" })
    }

    @Test func aNounsOwnVerbAfterItMakesItHappen() {
        #expect(events("Hearings are scheduled for next week.", "2025-06-12").count == 1)
        #expect(events("Hearings are a matter for the court.", "2025-06-12").isEmpty)
    }

    @Test func anSVerbAfterARelativePronounIsPresent() {
        let found = events("The prime minister, who faces parliamentary elections on Nov. 11, has made exports a priority.", "2025-11-04")
        #expect(found.map { $0.date?.description } == ["2025-11-11"])
    }
}

/// Irregular verbs by their spelling (issue 3).
extension EventFinderTests {
    @Test func irregularPastsAndBaseLikeParticiplesAreActs() {
        #expect(events("Much of it came from fires that swept the region between August and October 2024.", "2025-03-25")
            .map { $0.date?.description } == ["2024-08/2024-10"])
        #expect(events("Survivors said a wave had hit the boat on Sunday night.", "2026-05-27").map { $0.date?.description } == ["2026-05-24"])
        // A base-like form without an auxiliary is not read as a past.
        #expect(events("Officials set targets on Monday.", "2026-05-27").isEmpty)
    }
}

/// An act's kind and counted subjects (issue 3).
extension EventFinderTests {
    @Test func anActIsOfItsVerbsKindNotOfItsObjects() {
        let found = events("""
            An army unit clashed with gangs near the river on Tuesday.
            The minister summoned the ambassador on Tuesday to protest the shooting.
            """, "2026-03-18")
        #expect(found.count == 2)
    }

    @Test func aCountedPassiveSubjectSinceADateRunsToTheReport() {
        #expect(events("More than 500 people have been detained since January, a rights group said.", "2026-01-27")
            .map { $0.date?.description } == ["2026-01/2026-01-27"])
    }
}

/// Planned acts with a date of their own (issue 3).
extension EventFinderTests {
    @Test func aDatedPlanIsAnEventWhateverItsVerb() {
        #expect(events("Vrba said the committee would receive a classified briefing on Thursday.", "2026-02-17").map { $0.date?.description } == ["2026-02-19"])
        #expect(events("A repair ship is expected to repair the cable by June 20, the company said.", "2026-06-09").count == 1)
        // Undated, or not planned, or a state: no event.
        #expect(events("The committee would receive a briefing.", "2026-02-17").isEmpty)
        #expect(events("Officials hope to reach the site on Thursday.", "2026-02-17").isEmpty)
        #expect(events("The tariffs would remain in place next year.", "2026-02-17").isEmpty)
    }

    /// A sentence that opens with "To" and adverbs before its verb: the look-back for a
    /// scheduling word stops at the sentence's start (it read before it, and the import crashed).
    @Test func aPurposeClauseAtTheSentencesStartIsReadSafely() {
        #expect(events("To also greet the ministers on Monday, the envoy flew to Paris.", "2026-01-05").count == 1)
        #expect(events("To greet the ministers on Monday, the envoy flew to Paris.", "2026-01-05").count == 1)
    }

    @Test func aScheduleBetweenANounAndItsVerbIsLookedPast() {
        #expect(events("A hearing before the tribunal is expected to take place in July, the unit said.", "2026-05-20")
            .map { $0.date?.description } == ["2026-07"])
    }
}

/// Undated formal acts of a court or a government, from the miss lists of sets G and L: a
/// plea, an order whose object is itself an act (the verb's other sense, "ordered them out",
/// stays), an appeal against an award. The sentences are invented.
extension EventFinderTests {
    @Test func aPleaAnOrderOfAnActAndAnAppealedAwardAreEvents() {
        #expect(events("The company's founder is also a defendant and has pleaded not guilty.", "2026-09-15").count == 1)
        #expect(events("The governor had ordered reinforcements to the province.", "2026-09-15").count == 1)
        #expect(events("The ministry ordered the detention of the ship for 20 days.", "2026-09-15").count == 1)
        #expect(events("The government ordered the diplomats out of the country.", "2026-09-15").count == 1)
        #expect(events("Ankara has appealed the award.", "2026-09-15").count == 1)
        // Ordering goods, or a plea for help, is no such act.
        #expect(events("The hospital ordered new beds.", "2026-09-15").isEmpty)
        #expect(events("The mayor pleaded for calm.", "2026-09-15").isEmpty)
    }
}
