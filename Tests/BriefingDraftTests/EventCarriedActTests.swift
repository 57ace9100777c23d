import BriefingModel
@testable import BriefingDraft
import Testing

/// Verbs that are no acts alone but carry one in a frame of English grammar (a light verb's
/// reduced relative, a verb of happening after an untriggered noun, an attempt, a capture or
/// a departure), a second act told in a "when" clause, and two date conventions (a month
/// before its noun, a few days from a month). Issue 3, events on unseen text; every sentence
/// is invented; the report is a Wednesday.
extension EventFinderTests {
    @Test func aLightVerbsReducedRelativeWithADateIsAnAct() {
        #expect(dates("Soil samples taken last week showed lead far above the limit.") == ["2026-04-06/2026-04-12"])
        #expect(dates("Payments made in March went to a shell company.") == ["2026-03"])
        // With an object after it the light verb is active, and its object is no event.
        #expect(dates("Officials made the decision in March.").isEmpty)
    }

    @Test func aVerbOfHappeningAfterAnUntriggeredNounIsItsStart() {
        #expect(dates("Deforestation fell to a record low since satellite monitoring began in 1988.") == ["1988"])
        #expect(dates("The blackout, caused by a storm, began on Tuesday.") == ["2026-04-14"])
        // A noun inside a phrase after the subject is not the subject: the trigger noun's event.
        #expect(events("The counter-offensive in the east began on Monday.", Self.wednesday).map(\.title) == ["Counter-offensive in the east"])
        // A period's start and the start of a trend are no events.
        #expect(dates("The season began in March.").isEmpty)
        #expect(dates("Prices began to rise in March.").isEmpty)
    }

    @Test func aStartToldByAWhenClauseIsThatClausesAct() {
        // The "when" clause's act is the start: one event, not two.
        #expect(dates("The dispute began in 2022, when the ministry banned the imports.") == ["2022"])
        // With no trigger in the "when" clause the start itself stands.
        #expect(dates("The row began last month, when the minister said in Madrid that the plan was credible.") == ["2026-03"])
    }

    @Test func anAttemptOrHelpToldInThePastIsAnAct() {
        #expect(dates("Tensions have been high since 2021, when hundreds of migrants tried to cross into the bloc.") == ["2021"])
        #expect(dates("A neighbour said he had helped pull survivors from the wreckage on Sunday morning.") == ["2026-04-12"])
        // Trying to say something is still saying.
        #expect(dates("The minister tried to say more in March.").isEmpty)
    }

    @Test func aCaptureOrADepartureIsAnAct() {
        #expect(dates("The boat had set off from the coast on Sunday night.") == ["2026-04-12"])
        #expect(dates("Rebels took control of the port in February.") == ["2026-02"])
        #expect(dates("The delegation took two hours to arrive in February.").isEmpty)
    }

    @Test func anActInAWhenClauseIsASecondEvent() {
        #expect(dates("Teachers walked out in January, when the government presented its budget.") == ["2026-01", "2026-01"])
    }

    @Test func aMonthBeforeItsNounIsADate() {
        #expect(dates("The March talks ended without a deal, the union said.") == ["2026-03"])
        // Before a preposition the capitalised word may be a name: "the March on Washington".
        #expect(dates("The March on the capital drew thousands.").isEmpty)
    }

    @Test func aFewDaysFromAMonthStayInThatMonth() {
        #expect(dates("The row erupted in March. The country recalled its ambassador two days later.") == ["2026-03", "2026-03"])
    }

    @Test func aVerbAfterAParticiplePhraseOfItsSubjectIsFinite() {
        #expect(dates("The preliminary count, known as QuickTally, stopped updating for nine hours on Monday.") == ["2026-04-13"])
        // After a verb the noun before the phrase is no sentence subject, and the rule keeps out.
        #expect(dates("Residents said the militia, backed by the army, looted shops on Monday.").isEmpty)
    }

    @Test func aWalkoutIsAnEvent() {
        #expect(dates("Dock workers staged a walkout on Monday.") == ["2026-04-13"])
    }
}
