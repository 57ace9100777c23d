import BriefingModel
@testable import BriefingDraft
import Testing

/// Round three of invented probes: two counts of one thing set side by side with plain "said",
/// a doubt that keeps another cause open ("could not be ruled out"), a denial or doubt that
/// names a rival cause far from the cause it answers, and a second cause claim against a first.
/// Every paragraph is invented; the actors are `DisputeProbeTests`'.
@Suite struct DisputeRoundThreeProbeTests {
    static let cases: [DisputeProbeTests.Case] = [
        // Rival counts with plain verbs of saying.
        DisputeProbeTests.Case(name: "marchers counted twice, elliptic second count", text: """
            Harbor Watch said about 3,000 people had marched to the gates of the Keller smelter.
            Keller Mining said fewer than 400 had joined.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "dead counted twice, a paragraph apart, 'that' clause", text: """
            Southland said that 12 of its soldiers were killed in the border clash.

            Northland said 40 Southland soldiers were killed.
            """, sides: ["asserts Southland", "denies Northland"]),
        DisputeProbeTests.Case(name: "strikers counted twice, 'took part' then 'walked out'", text: """
            Keller Mining said only 200 miners took part in the strike on Monday.

            Olsen said more than 1,500 walked out.
            """, sides: ["asserts Keller Mining", "denies Marta Olsen"]),
        DisputeProbeTests.Case(name: "counts of different things are no rival counts", text: """
            Harbor Watch said 3 people were killed in the blast at the Keller smelter.
            Keller Mining said 12 were taken to hospital.
            """, sides: []),
        DisputeProbeTests.Case(name: "the same count twice is agreement", text: """
            Harbor Watch said 40 fish had died in the Sava river.
            Keller Mining said 40 fish had died.
            """, sides: []),
        DisputeProbeTests.Case(name: "two counts from one camp are no dispute", text: """
            Harbor Watch said about 3,000 people had marched to the Keller smelter.
            Olsen said 5,000 had marched.
            """, sides: []),
        // A doubt that keeps another cause open, and denials naming a rival cause.
        DisputeProbeTests.Case(name: "cause claim, then 'arson could not be ruled out'", text: """
            The fire at the Keller smelter was started by a faulty cable, Keller Mining said.

            Harbor Watch said arson could not be ruled out.
            """, sides: ["asserts Keller Mining", "questions Harbor Watch"]),
        DisputeProbeTests.Case(name: "cause claim, a paragraph between, then 'sabotage' kept open", text: """
            Keller Mining said the spill was caused by a burst pipe at the dam.

            The mine employs 900 people in the valley.

            Olsen said she did not rule out sabotage.
            """, sides: ["asserts Keller Mining", "questions Marta Olsen"]),
        DisputeProbeTests.Case(name: "cause claim, then 'nobody believes this was an accident'", text: """
            The fire at the Keller smelter was started by a faulty cable, Keller Mining said.

            The smelter was closed on Tuesday.

            Olsen said nobody in the valley believed it had been an accident.
            """, sides: ["asserts Keller Mining", "denies Marta Olsen"]),
        // A second cause claim against a first.
        DisputeProbeTests.Case(name: "'blamed X for' the sinking, then 'was caused by' another thing", text: """
            Northland blamed a Southland mine for the sinking of the ferry.
            Southland said the sinking was caused by an engine fault.
            """, sides: ["asserts Northland", "denies Southland"]),
        DisputeProbeTests.Case(name: "'was due to' one cause, then 'was started by' another", text: """
            Keller Mining said the fire was due to a lightning strike.

            Harbor Watch said the fire was started by welders working without a permit.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        DisputeProbeTests.Case(name: "the same cause twice is agreement", text: """
            Keller Mining said the fire was started by a faulty cable.
            Harbor Watch said the fire was started by a faulty cable in the pump room.
            """, sides: []),
        // Probe passages kept whole: a cause in the lead, a rival cause kept open three paragraphs on.
        DisputeProbeTests.Case(name: "probe passage: smelter fire, cause in the lead, arson kept open later", text: """
            The fire that killed four workers at the Keller smelter near Southport on Sunday was started by a faulty electrical cable, Keller Mining said on Monday.

            Varga told reporters the blaze began in a switch room at the back of the building and spread through the roof within minutes.

            The smelter employs about 600 people and ships most of its copper to Northland.

            Harbor Watch said arson could not be ruled out, noting that the company had received threats after laying off 200 staff in March.

            Police said they had opened an investigation but declined to comment on the cause.
            """, sides: ["asserts Keller Mining", "asserts Piet Varga", "questions Harbor Watch"]),
        DisputeProbeTests.Case(name: "probe passage: march counted by both camps", text: """
            Thousands of people marched through Southport on Saturday against plans to extend the Keller pit.

            Keller Mining said about 2,000 people had taken part in the march, which ended peacefully outside the company's offices.

            Harbor Watch said more than 15,000 had joined.

            The company plans to double the size of the pit by 2030.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        // Forms not read yet.
        DisputeProbeTests.Case(name: "unattributed 'Investigators blamed …', the body named after", text: """
            Investigators blamed pilot error for the crash of a Keller Mining plane in March.
            Harbor Watch, which ran the inquiry, said the crew had ignored two warnings.
            Keller Mining said the crash was caused by an engine failure.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"], gap: true),
    ]

    @Test(arguments: cases) func probe(_ probe: DisputeProbeTests.Case) {
        DisputeProbeTests.check(probe)
    }
}
