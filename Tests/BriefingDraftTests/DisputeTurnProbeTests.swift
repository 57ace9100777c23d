import BriefingModel
@testable import BriefingDraft
import Testing

/// How wire copy gives the other side's turn, each in a few surface forms: a reply whose later
/// "and that" clause denies, a verb that says its clause back ("countered", "insisted"), "fired
/// back", a "But" reply that denies in its own words, the account of the one a claim is about,
/// a denial in the first paragraph with the claim told after it, "played no part", and its own
/// conduct called fair (the month "May" is no modal that hedges it). Every
/// paragraph is invented; the actors are `DisputeProbeTests`'.
@Suite struct DisputeTurnProbeTests {
    typealias Case = DisputeProbeTests.Case

    static let cases: [Case] = [
        // A later reported clause is read for its negation as the first one is.
        Case(name: "later 'and that' clause negated, own subject", text: """
            Harbor Watch said dead fish had been found along the Sava river below the smelter.

            Keller Mining said the smelter had passed every inspection this year and that its pipes had never leaked.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "later 'and that' clause with 'no' subject", text: """
            Olsen said the county had quietly raised the limit on waste water from the Keller pit.

            Piet Varga said the permit had been renewed on the old terms and that no limit had changed.
            """, sides: ["asserts Marta Olsen", "denies Piet Varga"]),
        Case(name: "agentless 'no … had been given' in a later clause is a charge", text: """
            Harbor Watch said waste from the Keller pit had reached the Sava river and that no warning had been given to fishermen.
            """, sides: []),
        Case(name: "another actor's failure in a later clause is a charge", text: """
            Olsen said the spill had reached the Sava river and that Keller Mining had not warned the fishermen.
            """, sides: []),
        // Verbs that say their clause back.
        Case(name: "'countered that'", text: """
            Harbor Watch said Keller Mining had cut its water tests to once a year.
            Keller countered that it now tested the river every week.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "'insisted on Tuesday that'", text: """
            Harbor Watch said the Keller dam had cracked after the spring floods.

            Varga insisted on Tuesday that the dam had been inspected in May and was sound.
            """, sides: ["asserts Harbor Watch", "denies Piet Varga"]),
        Case(name: "'retorted that'", text: """
            Olsen said the new filters at the Keller smelter were switched off every night.
            Varga retorted that the filters ran day and night.
            """, sides: ["asserts Marta Olsen", "denies Piet Varga"]),
        // "fired back", over a time phrase.
        Case(name: "'fired back hours later, saying'", text: """
            Olsen accused Keller Mining of hiding two spills from inspectors.

            Keller fired back hours later, saying every spill had been reported within a day.
            """, sides: ["asserts Marta Olsen", "denies Keller Mining"]),
        // A "But" reply that denies in its own words answers the account before it.
        Case(name: "'But X said … and that none of'", text: """
            Harbor Watch said thousands of fish had died in the Sava river below the Keller plant.
            But Keller Mining said a virus had killed the fish and that none of its pipes had leaked.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        // The one a claim is about gives its own account.
        Case(name: "account by the claim's subject", text: """
            Harbor Watch said Keller Mining trucks had carried waste to the river at night.
            Keller said its trucks had stayed at the depot every night since March.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "the one a claim is about, first speaking two paragraphs later", text: """
            Harbor Watch said Keller Mining had dumped tailings into the Sava river.

            The Sava supplies drinking water to three towns.

            Keller said its dams were intact and that heavy rain had washed soil into the river.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "the one charged, first speaking two paragraphs later", text: """
            Olsen accused Keller Mining of hiding spills from inspectors.

            The pit employs 900 people in the valley.

            Keller said inspectors had visited the pit every month.
            """, sides: ["asserts Marta Olsen", "denies Keller Mining"]),
        Case(name: "own envoy is not the one a claim is about", text: """
            Harbor Watch said its envoy Marta Olsen would visit the Keller pit in May.
            Keller Mining said the visit would be welcome.
            """, sides: []),
        Case(name: "what will be done is no rival account", text: """
            Northland said Southland had agreed to reopen the border crossing at Vell.
            Southland said the crossing would reopen on Monday and that trade across it was growing.
            """, sides: []),
        Case(name: "rival cause, bomb and blast as one subject", text: """
            Northland said Southland agents had planted the bomb at the border station.
            Southland said the blast had been caused by a gas leak in the station kitchen.
            """, sides: ["asserts Northland", "denies Southland"]),
        Case(name: "'played no part'", text: """
            Northland said Southland agents had planned the attack on the pipeline.

            Southland said its agents had played no part in the attack.
            """, sides: ["asserts Northland", "denies Southland"]),
        // Its own conduct called fair: "its prices were set fairly".
        Case(name: "own prices called fair and genuine", text: """
            Olsen accused Keller Mining of raising the prices in its shops before every sale.

            Keller said its prices were set fairly and that its discounts were genuine.
            """, sides: ["asserts Marta Olsen", "denies Keller Mining"]),
        // A quoted reply that opens with a negative quantifier says none at all.
        Case(name: "quoted 'Nobody was …' after a charge", text: """
            Olsen accused Keller Mining of firing 40 workers who had joined the union.

            “Nobody was fired for joining a union,” Varga told the Daily Ledger.
            """, sides: ["asserts Marta Olsen", "denies Piet Varga"]),
        Case(name: "quoted 'No one …' after a said-claim", text: """
            Northland said Southland guns had shelled the market in Vell on Sunday.

            “No one fired at the market,” Southland said in a statement.
            """, sides: ["asserts Northland", "denies Southland"]),
        // The next turn: the first reply from outside the claimant's camp, sharing a word.
        Case(name: "next turn denies by a later clause, few shared words", text: """
            Northland said Southland troops had laid the mines on the ridge road.

            Southland said the mines dated from the war of the 1990s and that its soldiers had not been on the ridge for a decade.
            """, sides: ["asserts Northland", "denies Southland"]),
        // A lead that opens with the denial tells the claim after it.
        Case(name: "denial in the lead, claim after, 'legal limit' is no justification", text: """
            Keller Mining on Tuesday denied that lead from its tailings dam had leaked into the Sava river.

            Harbor Watch said lead levels in the river were ten times above the legal limit and that the lead had come from the Keller dam.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
    ]

    @Test(arguments: cases) func probe(_ probe: Case) {
        DisputeProbeTests.check(probe)
    }
}
