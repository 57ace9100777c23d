import BriefingModel
@testable import BriefingDraft
import Testing

/// Trigger classes, phrasal verbs and dating rules added for issue 3's held-out misses.
extension EventFinderTests {
    @Test func aVerbOfChangeCountsWithThePolicyItChanges() {
        let found = events("The central bank raised its main interest rate to 24.5 percent on Tuesday.", "2025-04-16")
        #expect(found.map { $0.date?.description } == ["2025-04-15"])
        #expect(events("The decision raised concerns among investors on Tuesday.", "2025-04-16").isEmpty)
    }

    @Test func operationsStoppedAndRestoredAreEvents() {
        let found = events("""
            The operator cancelled more than 1,400 services on Monday.
            Full service was restored on Friday.
            """, "2026-02-17")
        #expect(found.map { $0.date?.description } == ["2026-02-16", "2026-02-13"])
    }

    @Test func aPhrasalVerbNeedsItsParticle() {
        let found = events("Kertesz, who took over at the bank in March, has kept the base rate at 6.5%.", "2025-11-04", actors: [("Andras Kertesz", .person, ["Kertesz"])])
        #expect(found.map { $0.date?.description } == ["2025-03"])
        #expect(events("It took two hours to answer in March.", "2025-11-04").isEmpty)
        #expect(events("World Athletics, which set up the integrity unit in 2017, declined to comment.", "2026-05-21").map { $0.date?.description } == ["2017"])
    }

    @Test func leavingABlocIsAnEvent() {
        let found = events("Burkina Faso, along with Mali and Niger, left the West African regional bloc in January 2025.", "2026-09-24")
        #expect(found.map { $0.date?.description } == ["2025-01"])
        #expect(events("Residents left the village in January.", "2026-09-24").isEmpty)
    }

    @Test func aYearAfterForSaysWhatAThingIsFor() {
        let bonuses = events("""
            The regulator fined the company on Tuesday.
            The company said its directors had waived their annual bonuses for 2024.
            """, "2025-07-23")
        #expect(bonuses.map { $0.date?.description } == ["2025-07-22", nil])
        let vote = events("Parliament will vote on a revised budget for next year on Nov. 25.", "2025-11-04")
        #expect(vote.map { $0.date?.description } == ["2025-11-25"])
        let scheduled = events("New elections were scheduled for 2027.", "2025-11-04")
        #expect(scheduled.map { $0.date?.description } == ["2027"])
    }

    @Test func whatATextIsAheadOfLiesAhead() {
        let found = events("Politicians accused the bank of siding with the opposition ahead of the parliamentary election in April.", "2025-11-04")
        #expect(found.map { $0.date?.description } == ["2026-04"])
    }

    @Test func openingFireIsAnAttack() {
        let found = events("The Border Service said Tajik troops opened fire with automatic weapons on its outpost late on Wednesday.", "2025-09-12")
        #expect(found.map { $0.date?.description } == ["2025-09-10"])
    }

    @Test func aFixtureIsAnEventOfItsOwnDate() {
        let found = events("She had been expected to be named in the team for the world road running championships in September.", "2026-05-21")
        #expect(found.map { $0.date?.description } == ["2026-09"])
    }

    @Test func whereAQuoteComesFromIsNoRelease() {
        #expect(events("“The sabotage is a fabrication,” Liu said, according to a transcript released by the office.", "2026-06-09").isEmpty)
        #expect(events("The committee said in a statement published by the state news agency that two civilians were wounded.", "2026-06-09").isEmpty)
        #expect(events("The office released a transcript on Monday.", "2026-06-09").map { $0.date?.description } == ["2026-06-08"])
    }

    @Test func aDateAfterTheNounsComplementDatesTheNoun() {
        let found = events("About a third of the frontier was never marked after the collapse of the Soviet Union in 1991.", "2025-09-12")
        #expect(found.map { $0.date?.description } == ["1991"])
        #expect(events("The collapse of the talks worried investors.", "2025-09-12").isEmpty)
    }

    @Test func aVerbWithoutItsOwnSubjectSharesTheTimeBefore() {
        let found = events("The agency said the attackers had entered the network in September and had planted software designed to wipe data.", "2026-02-17")
        #expect(found.map { $0.date?.description } == ["2025-09", "2025-09"])
    }

    @Test func aWhenClauseAfterAnActTimesIt() {
        let found = events("Diplomats said they expected the report to be debated when the Council discusses the Sahel on Monday.", "2026-09-24")
        #expect(found.map { $0.date?.description } == ["2026-09-28"])
    }
}
