import BriefingModel
@testable import BriefingDraft
import Testing

/// A distance from an event the text named and dated before: "arrived two days after the
/// attack" counts from the attack's day, not from the last date of the text.
extension EventFinderTests {
    private func date(of word: String, in found: [DraftEvent]) -> String?? {
        found.first { $0.title.lowercased().contains(word) }.map { $0.date?.description }
    }

    @Test func distanceAfterANamedAttack() {
        let found = events("""
            Insurgents attacked an army post near Gao on Tuesday, killing 12 soldiers.
            The defence minister met tribal elders in the capital on Thursday.
            Reinforcements arrived at the post three days after the attack.
            """, "2025-05-10")
        #expect(date(of: "arrived", in: found) == .some("2025-05-09"))
    }

    @Test func distanceBeforeNamedTalks() {
        let found = events("""
            The two presidents held talks in Tallinn on March 20, 2025.
            Police in Riga detained two activists on March 22.
            Their ministers had signed a fuel agreement a week before the talks.
            """, "2025-03-25")
        #expect(date(of: "signed", in: found) == .some("2025-03-13"))
    }

    @Test func distanceAfterANamedRaidWithAnAdjective() {
        let found = events("""
            Soldiers raided a militia camp outside Beni on Oct. 3.
            A rights group said on Oct. 9 that the army had expelled two observers.
            Rebels ambushed a convoy four days after the deadly raid, the army said.
            """, "2025-10-12")
        #expect(date(of: "ambushed", in: found) == .some("2025-10-07"))
    }

    @Test func theNamedEventBeforeAnotherActOfItsKind() {
        // "the attack" is the attack of Sunday, not the killing of Monday.
        let found = events("""
            Gunmen attacked a police post in Zamfara state on Sunday.
            Troops killed three suspects near the village of Kauran on Monday.
            Red Cross staff arrived in the village two days after the attack, the agency said.
            """, "2025-11-20")
        #expect(date(of: "arrived", in: found) == .some("2025-11-18"))
    }

    @Test func distanceInAReportedClauseAfterANamedAttack() {
        // The act sits in what a body said, with a second act joined by "and".
        let found = events("""
            Three policemen were killed when gunmen attacked a checkpoint near Diffa on Saturday, the army said.
            The interior ministry said on Monday that the gunmen had fled across the border.
            The Red Cross, which runs a clinic in the town, said its staff had arrived in Diffa two days after the attack on the checkpoint and had found no survivors.
            """, "2025-03-19")
        #expect(date(of: "arrived", in: found) == .some("2025-03-17"))
    }

    @Test func distanceAfterNamedDeaths() {
        // "the deaths" are the act told as dying.
        let found = events("""
            Two miners died on Tuesday at a gold mine near Obuasi, owned by a local firm.
            The firm said in a statement on Thursday that safety rules had been followed.
            Inspectors raided the mine three days after the deaths and suspended work there, the agency said.
            """, "2025-08-22")
        #expect(date(of: "raided", in: found) == .some("2025-08-22"))
    }

    @Test func theNamedEventIsTheDatedOneNotALaterUndatedMention() {
        // "similar attacks" told later, undated, is not the attack of Sunday.
        let found = events("""
            Gunmen attacked a police station in Zinder on Sunday, killing two officers, police said.
            An analyst said the group had carried out similar attacks in the region before.
            Medics arrived in the town two days after the attack on the station, the Red Cross said.
            """, "2025-04-16")
        #expect(date(of: "arrived", in: found) == .some("2025-04-15"))
    }

    @Test func noDistanceFromDeathsWithoutADay() {
        let found = events("""
            Two miners died at a gold mine near Tarkwa in March.
            Inspectors raided the mine three days after the deaths, the agency said.
            """, "2025-06-14")
        #expect(date(of: "raided", in: found) == .some(nil))
    }

    @Test func noDistanceFromAnUndatedOrVagueEvent() {
        // The attack has only a month: no day to count from.
        let monthOnly = events("""
            Gunmen attacked a police station in the north in March.
            The ministry said on Friday it had deployed troops two days after the attack.
            """, "2025-06-14")
        #expect(date(of: "deployed", in: monthOnly) != .some("2025-03-03"))
        // "days after": no exact distance, so the attack's day gives no date.
        let vague = events("""
            Gunmen attacked a police station in Kano on Tuesday.
            The army deployed troops to the town days after the attack.
            """, "2025-06-14")
        #expect(date(of: "deployed", in: vague) != .some("2025-06-12"))
        #expect(date(of: "deployed", in: vague) != .some("2025-06-11"))
    }

    @Test func noDistanceFromAnEventOfAnotherKind() {
        // The talks are no attack: "after the attack" names nothing told before.
        let found = events("""
            The two sides held talks in Doha on Monday.
            Troops arrived in the town two days after the attack.
            """, "2025-06-14")
        #expect(date(of: "arrived", in: found) != .some("2025-06-11"))
    }

    @Test func distanceAfterDeathsToldInAClauseOfAnotherAct() {
        // The day went to "deepened"; the dying is told in its "after" clause all the same.
        let found = events("""
            Bolivia's mining ministry said on Friday that 14 workers had died in accidents since the start of the year.
            The row deepened after two miners died on Monday at a tin mine near Potosi, run by a local cooperative.
            Inspectors closed the mine three days after the deaths and suspended its permit, the ministry said.
            """, "2025-09-26")
        #expect(date(of: "closed", in: found) == .some("2025-09-25"))
    }

    @Test func noDistanceFromDeathsToldInAnotherActsClauseWithoutADay() {
        let found = events("""
            The row escalated after three porters died on a glacier route near Namche in May.
            Police arrested the agency's owner two days after the deaths, officials said.
            """, "2025-07-02")
        #expect(date(of: "arrested", in: found) == .some(nil))
    }
}
