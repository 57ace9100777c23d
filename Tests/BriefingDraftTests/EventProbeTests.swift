import BriefingModel
@testable import BriefingDraft
import Testing

/// A probe of the ways wire copy tells an event, each kind in several surface forms: a noun
/// dated in its own phrase, passives, acts in subordinate clauses, plans, coordinated verbs,
/// "since" clauses, a noun whose verb follows a parenthetical, deaths and prefixed nouns
/// (issue 3, events on unseen text). Every sentence is invented; the report is a Wednesday.
extension EventFinderTests {
    static let wednesday = "2026-04-15"

    func dates(_ sentence: String) -> [String?] {
        events(sentence, Self.wednesday).map { $0.date?.description }
    }

    @Test func aNounDatedInsideItsOwnPhraseIsAnEvent() {
        #expect(dates("Investigators are still examining the March 3 raid on the company's offices.") == ["2026-03-03"])
        #expect(dates("Prices have tripled since privatisation in 1994, the regulator said.") == ["1994"])
    }

    @Test func aDatedPassiveIsAnEvent() {
        #expect(dates("The mayor was arrested on Saturday at his home in the capital.") == ["2026-04-11"])
        #expect(dates("Two diplomats were expelled last week, the ministry said.") == ["2026-04-06/2026-04-12"])
        #expect(dates("The convoy was ambushed near the river crossing on Friday night.") == ["2026-04-10"])
    }

    @Test func anActInARelativeClauseIsAnEvent() {
        #expect(dates("The lawyer, who was detained last week, has not been charged.") == ["2026-04-06/2026-04-12"])
        #expect(dates("The group, which closed its mine in 2019 after a collapse, said it would sue.") == ["2019"])
        #expect(dates("Farmers who blocked the motorway on Tuesday have threatened further action.") == ["2026-04-14"])
    }

    @Test func aScheduledActIsAnEvent() {
        #expect(dates("The parliament is due to vote on the bill next week.") == ["2026-04-20/2026-04-26"])
        #expect(dates("The two leaders will hold talks in Geneva on Friday.") == ["2026-04-17"])
        #expect(dates("The company plans to reopen the plant in June.") == ["2026-06"])
        #expect(dates("A hearing is scheduled for next month.") == ["2026-05"])
    }

    @Test func toAppearBeforeACourtIsAnAct() {
        #expect(dates("The suspects would appear before a judge on Thursday, police said.") == ["2026-04-16"])
        #expect(dates("The two men appeared in court in the capital on Monday.") == ["2026-04-13"])
        // How things seem is no act.
        #expect(dates("The talks appeared to stall on Monday.").isEmpty)
    }

    @Test func theOccasionOfAnIntendedActHappens() {
        #expect(dates("The regional council is due to consider the appeal at a meeting in Lyon on May 4.") == ["2026-05-04"])
        // Told in the past, the occasion is the Friday before the report.
        #expect(dates("Farmers urged the minister to listen at a meeting in the capital on Friday.") == ["2026-04-10"])
        // What is only intended stays unreal.
        #expect(dates("The union threatened to call a strike next week.").isEmpty)
    }

    @Test func coordinatedVerbsWithDatesOfTheirOwnAreTwoEvents() {
        #expect(dates("The army shelled the town on Monday and captured the bridge on Tuesday.") == ["2026-04-13", "2026-04-14"])
    }

    @Test func aSinceClauseWithItsOwnSubjectAndVerbIsAnEventOfItsOwn() {
        #expect(dates("Officials will meet on Friday, the first talks since the unions filed their notice last week.")
            == ["2026-04-17", "2026-04-06/2026-04-12"])
        // A noun alone after "since" keeps it a preposition.
        #expect(dates("Exports have been halted since the closure of the port on Jan. 9.") == ["2026-01-09"])
        // After a perfect, "since" tells where the state began: one event, dated by it.
        #expect(dates("The lawyer has been held since police raided his office in March.").count == 1)
        // Before the sentence's own verb, "before" and "since" open no clause.
        #expect(dates("A hearing before the independent tribunal is expected to take place in July.") == ["2026-07"])
    }

    @Test func aNounsVerbAfterAParentheticalParticipleMakesItHappen() {
        #expect(dates("The strike, called by two rail unions, began on Tuesday.") == ["2026-04-14"])
        #expect(dates("The referendum, staged in the capital and the provinces, took place on Sunday.") == ["2026-04-12"])
    }

    @Test func takingOfficeAndAPastSpeltLikeItsBaseAreActs() {
        #expect(dates("Revenue has risen by a fifth since she took office in August 2023.") == ["2023-08"])
        #expect(dates("The operator said it shut the pipeline on Sunday morning.") == ["2026-04-12"])
        // A plural subject leaves the tense open.
        #expect(dates("They shut the gates every night.").isEmpty)
    }

    @Test func aDeathAndAPrefixedNounAreEvents() {
        #expect(dates("The by-election was held on Saturday to fill the seat left vacant when the member died in March.")
            == ["2026-04-11", "2026-03"])
        #expect(dates("The counter-offensive in the east began on Monday.") == ["2026-04-13"])
    }
}
