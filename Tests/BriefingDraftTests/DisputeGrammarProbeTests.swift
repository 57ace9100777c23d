import BriefingModel
@testable import BriefingDraft
import Testing

/// Grammar that decides who holds a position and what it says, each in a few surface forms:
/// a relative clause between a subject and its verb, "charged" as an act, a claim judged false
/// by its copula, a body called later by the noun it was introduced with, a verb of reckoning
/// with its "that" clause, a denial followed by the speaker's own account, and an earlier act told
/// inside another's report. Every paragraph is invented; the actors are `DisputeProbeTests`'.
@Suite struct DisputeGrammarProbeTests {
    static let cases: [DisputeProbeTests.Case] = [
        // A relative clause set off by commas describes the subject; its last name is not the subject.
        DisputeProbeTests.Case(name: "subject, which-clause naming another actor, denied", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller Mining, which also runs a smelter in Southport, denied the accusation.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "subject, who-clause naming another actor, rejected", text: """
            Olsen accused Keller Mining of paying off local officials.

            Varga, who met Nordia's trade envoy on Monday, rejected the charge.
            """, sides: ["asserts Marta Olsen", "denies Piet Varga"]),
        // "charged" accuses only with "with" or "that" after it.
        DisputeProbeTests.Case(name: "'charged the crowd' is an act inside a claim", text: """
            Harbor Watch said the march had been peaceful until guards charged the crowd.
            Keller Mining denied that, saying marchers had thrown stones at the gate.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "'charged that' still accuses", text: """
            Harbor Watch charged that Keller Mining had hidden two spills from inspectors.
            Keller denied the charge.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        // A thing said, called false after its copula.
        DisputeProbeTests.Case(name: "'that figure was simply wrong'", text: """
            Harbor Watch said 4,000 fish had died in the Sava river since March.

            Varga said that figure was “simply wrong” and that the company would publish its own count.
            """, sides: ["asserts Harbor Watch", "denies Piet Varga"]),
        DisputeProbeTests.Case(name: "'the allegations were inaccurate'", text: """
            Harbor Watch said Keller Mining had hidden two spills from inspectors.
            Keller said the allegations were inaccurate and would be answered in court.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "'the company's figure could not be right'", text: """
            Keller Mining said about 300 fish had died after the spill.
            Harbor Watch said the company's figure could not be right.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        // A body called later by the noun it was introduced with.
        DisputeProbeTests.Case(name: "appositive noun, then 'the employer'", text: """
            Harbor Watch accused Keller Mining, the valley's largest employer, of dumping waste in the Sava river.

            The employer rejected the accusation.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "noun before the name, then 'the charity'", text: """
            The river charity Harbor Watch has tested the Sava every month since 2019.
            Keller Mining said its new filters had cut the plant's discharges by half.

            The charity disputed that.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        DisputeProbeTests.Case(name: "appositive noun after the name, then 'the charity'", text: """
            Harbor Watch, a river charity, has tested the Sava every month since 2019.
            Keller Mining said its new filters had cut the plant's discharges by half.

            The charity disputed that.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        // A verb of reckoning reports its "that" clause.
        DisputeProbeTests.Case(name: "'estimated that', then 'questioned that estimate'", text: """
            Harbor Watch estimated that the spill had killed 4,000 fish in the Sava river.
            Keller Mining questioned that estimate.
            """, sides: ["asserts Harbor Watch", "questions Keller Mining"]),
        DisputeProbeTests.Case(name: "'maintains that', then denial", text: """
            Harbor Watch maintains that the Keller dam has leaked since 2021.
            Keller Mining denied that the dam had ever leaked.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        // A denial followed by the speaker's own account, which others answer: read when the
        // answer points at an argument ("that argument"), `ArgumentAnswers.swift`. (Keeping every
        // such account as a claim of its own cost a validation set a dispute.)
        DisputeProbeTests.Case(name: "denial, saying a counter-claim, which is then rejected", text: """
            Keller Mining disputed the idea that its dam was unsafe, saying the real danger came from illegal dredging upstream.

            Harbor Watch rejected that argument.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        // A word of saying that is no cue is subject matter: "had warned" / "any warning".
        DisputeProbeTests.Case(name: "reported warning answered by 'did not receive any warning'", text: """
            Harbor Watch said inspectors had warned Keller Mining in October that its pumps were failing.

            Rain flooded the lower valley in January.

            "We did not receive any warning about our pumps," Varga told the Daily Ledger.
            """, sides: ["asserts Harbor Watch", "denies Piet Varga"]),
        // A negative quantifier as the reported clause's subject.
        DisputeProbeTests.Case(name: "'says nobody who … will lose'", text: """
            Harbor Watch said closing the Keller smelter would cost 300 jobs in the valley.
            Keller Mining says nobody who works at the smelter will lose a job and that all staff will move to the new plant.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "'said none of … had'", text: """
            Harbor Watch said Keller Mining trucks had carried waste to the river at night.
            Varga said none of the company's trucks had left the site after dark.
            """, sides: ["asserts Harbor Watch", "denies Piet Varga"]),
        // An earlier act told inside another's report is that reporter's claim.
        DisputeProbeTests.Case(name: "report of an earlier warning, then its denial", text: """
            Harbor Watch said inspectors had warned Keller Mining in May that its dam was leaking.
            Keller denied receiving any such warning.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
    ]

    @Test(arguments: cases) func probe(_ probe: DisputeProbeTests.Case) {
        DisputeProbeTests.check(probe)
    }

    /// "“We never dumped anything. Our tests are public,” Varga said.": a quote running over
    /// sentences states its position where it opens.
    @Test(arguments: [
        "“No waste has ever left our plant. Our tests are published every month,” Varga said.",
        "“No waste has ever left our plant. Our tests are published every month,” said Varga.",
        "“No waste has ever left our plant. Our tests are published every month,” Varga told reporters in Southport.",
    ]) func quoteOverSentencesSpeaksWhereItOpens(_ reply: String) {
        let text = "Harbor Watch accused Keller Mining of dumping waste in the Sava river.\n\n" + reply
        let sides = DisputeProbeTests.disputes(text).flatMap(\.sides)
        let reply = sides.first { $0.actor == "Piet Varga" }
        #expect(reply?.stance == .denies, "\(sides)")
        #expect(reply?.source == SourceRef(paragraph: 2, sentence: 1), "\(sides)")
    }
}
