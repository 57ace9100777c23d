import BriefingModel
import Testing
@testable import BriefingDraft

/// Probe passages of helper gd (invented, in wire forms): sides held by groups, descriptions and
/// findings. The forms read are plain tests; the ones not yet read are known issues, each named.
@Suite struct GroupHolderProbeTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    func sides(_ result: Draft) -> [String] {
        result.disputes.flatMap(\.sides).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func aRivalAccountInTheLeadStory() {
        let result = draft("""
            SORU, Aug 30 (Reuters) - Guinea's main opposition party said on Sunday that soldiers had killed at least 30 protesters in the capital over the weekend.

            Junta spokesman Colonel Idris Manga gave a very different account, saying four people had died when rioters attacked a police station.
            """)
        #expect(sides(result).contains("denies Idris Manga"), "\(sides(result))")
    }

    @Test func aPanelsRulingAfterTheDateline() {
        let result = draft("""
            GENEVA, May 20 (Reuters) - A World Trade Organization panel ruled on Tuesday that Turkey's extra duties on Vietnamese cotton yarn broke global trade rules.

            Turkey's trade ministry said it would appeal, arguing that the duties were needed to stop dumping.
            """)
        #expect(sides(result).contains("asserts World Trade Organization"), "\(sides(result))")
    }

    @Test func aSpokesmanForABodysStaffSpeaksForTheBody() {
        withKnownIssue("form: 'A spokesman for the Azerbaijan air force's general staff said no … had flown': folded into the country, not the air force") {
            let result = draft("""
                LOREN, Feb 8 (AFP) - Armenia accused neighbouring Azerbaijan on Saturday of sending two fighter jets into its airspace.

                A spokesman for the Azerbaijan air force's general staff said no Azerbaijani aircraft had flown near the border that day.
                """)
            #expect(result.actors.contains { $0.name.lowercased().contains("air force") }, "\(result.actors.map(\.name))")
        }
    }

    @Test func aOneWordBodyGivingARivalAccount() {
        withKnownIssue("form: 'The Gendarmerie, which runs Chile's prisons, offered a conflicting account': a one-word body is not drafted") {
            let result = draft("""
                SANTIAGO, April 9 (Reuters) - Families of inmates at the Valle Hondo prison said on Wednesday that guards had opened fire on unarmed prisoners, killing at least six.

                The Gendarmerie, which runs Chile's prisons, offered a conflicting account, saying the six had died in a fire that inmates set.
                """)
            #expect(sides(result).contains("denies Gendarmerie"), "\(sides(result))")
        }
    }

    @Test func criticsAfterAPlainAndInsideASentence() {
        withKnownIssue("form: '…, and critics say the boom has come at a heavy environmental cost': left alone (GroupVoices: as many such voices hold no side as do)") {
            let result = draft("""
                The ministry said on Monday that nickel mining on Halmahera had caused no lasting damage.

                Most of the smelters were built by foreign companies, and critics say the boom has come at a heavy environmental cost.
                """)
            #expect(sides(result).contains { $0.hasSuffix("Critics") }, "\(sides(result))")
        }
    }
}
