import BriefingModel
@testable import BriefingDraft
import Testing

/// Round four of invented probes: a cause given with "because" or "because of" against a rival
/// cause from another camp, and a count given as a correction of the one before ("the figure
/// was closer to 400"). Every paragraph is invented; the actors are `DisputeProbeTests`'.
@Suite struct DisputeRoundFourProbeTests {
    static let cases: [DisputeProbeTests.Case] = [
        // A cause given with "because".
        DisputeProbeTests.Case(name: "'went down because', then 'blamed X for the sinking'", text: """
            The ferry that sank off Southport last week went down because its cargo shifted in heavy seas, Southland said.

            Keller Mining blamed a collision with a submerged container for the sinking.
            """, sides: ["asserts Southland", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "'were cancelled because', then 'were due to' another thing", text: """
            Hundreds of Keller Mining shipments were cancelled last month because the company had too few drivers, Harbor Watch said on Tuesday.

            Keller Mining said the cancellations were due to a shortage of spare parts.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "'started because', then 'broke out because of' another thing", text: """
            Keller Mining said the fire at its smelter started because a pressure valve failed.
            Harbor Watch said the fire broke out because of cuts to the night shift.
            """, sides: ["asserts Keller Mining", "denies Harbor Watch"]),
        DisputeProbeTests.Case(name: "'because' with the same cause twice is agreement", text: """
            Keller Mining said the fire at its smelter started because a pressure valve failed.
            Harbor Watch said the fire started because a pressure valve failed in the pump room.
            """, sides: []),
        DisputeProbeTests.Case(name: "'because' about two different happenings is no dispute", text: """
            Keller Mining said its profits fell because copper prices dropped.
            Harbor Watch said the Sava river was polluted because the tailings dam leaked.
            """, sides: []),
        DisputeProbeTests.Case(name: "'not because … but because' another cause denies", text: """
            Keller Mining said the fire at its smelter started because a pressure valve failed.
            Olsen said the fire started not because of the valve but because of the heat.
            """, sides: ["asserts Keller Mining", "denies Marta Olsen"]),
        // A count given as a correction.
        DisputeProbeTests.Case(name: "count, then 'the figure was closer to'", text: """
            Harbor Watch said 70 percent of the miners had stopped work in the strike.
            Keller Mining said the figure was closer to 15 percent.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "count, then 'the real toll stood at', a paragraph on", text: """
            Southland said that 14 miners were killed when a tunnel collapsed at the Keller pit.

            Harbor Watch said the real toll stood at 31.
            """, sides: ["asserts Southland", "denies Harbor Watch"]),
        DisputeProbeTests.Case(name: "'the turnout was' with the same number is agreement", text: """
            Harbor Watch said 3,000 people had marched to the Keller smelter.
            Keller Mining said the turnout was 3,000.
            """, sides: []),
        DisputeProbeTests.Case(name: "a correction from the same camp is no dispute", text: """
            Harbor Watch said 3,000 people had marched to the Keller smelter.
            Olsen said the figure was closer to 5,000.
            """, sides: []),
        DisputeProbeTests.Case(name: "'the figure was published' gives no count", text: """
            Harbor Watch said 3,000 people had marched to the Keller smelter.
            Keller Mining said the figure was published on Monday.
            """, sides: []),
        // A side calling its own conduct rule-abiding denies the charge made against it.
        DisputeProbeTests.Case(name: "charge, then 'its staff had followed every procedure'", text: """
            Harbor Watch accused Keller Mining of dumping tailings in the Sava river.
            Keller Mining said its staff had followed every procedure.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "charge, then 'its crews acted in line with' the rules, a paragraph on", text: """
            Harbor Watch accused Keller Mining of opening the dam gates without warning.

            Keller Mining said its crews had acted in line with the safety rules.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        DisputeProbeTests.Case(name: "'every rule' of someone else's conduct is no self-justification", text: """
            Harbor Watch said Keller Mining had dumped tailings in the Sava river.
            Southland said every rule would be reviewed after the spill.
            """, sides: []),
        // Probe passage kept whole: a refinery fire, a cause in the lead, a rival cause two paragraphs on.
        DisputeProbeTests.Case(name: "probe passage: fire 'started because', the rival 'broke out because'", text: """
            A fire that shut the Keller smelter for three days started because a pressure valve failed in the furnace hall, Keller Mining said on Friday.

            Varga said the valve had been installed by an outside contractor in March.

            Harbor Watch said the fire broke out because managers had cut the night shift from twelve workers to five.

            The smelter produces about 90,000 tonnes of copper a year.
            """, sides: ["asserts Keller Mining", "asserts Piet Varga", "denies Harbor Watch"]),
        // Read since the camp's answer needs no word in common with the claim (CampAnswers).
        DisputeProbeTests.Case(name: "a quote by the denier's camp that shares no word with the claim", text: """
            Harbor Watch said the fire at the Keller smelter started because managers had cut the night shift.
            Keller Mining said the fire was due to a lightning strike.

            "Our crews were at their posts until dawn," Varga said.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining", "denies Piet Varga"]),
        // Forms not read yet.
        DisputeProbeTests.Case(name: "'collapsed because', then 'came down because' (the happening in other words)", text: """
            A road bridge near Southport collapsed because its steel cables had rusted through, Southland said on Wednesday.

            Keller Mining said the span came down because a barge struck one of its piers.
            """, sides: ["asserts Southland", "denies Keller Mining"], gap: true),
    ]

    @Test(arguments: cases) func probe(_ probe: DisputeProbeTests.Case) {
        DisputeProbeTests.check(probe)
    }
}
