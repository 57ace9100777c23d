import BriefingModel
@testable import BriefingDraft
import Testing

/// Counter-accounts only add (`assembleAnswering`): the disputes the other rules find stand
/// whole; an account left out of them may answer a charge; the one charged is named before
/// the charge's word of wrong, by a description no other actor shares; a figure of the
/// answerer's own business is background. Found by writing invented wire copy
/// (`.probe-ca2-1`: solvent, crane, milk, banks, vote counts, licences, herders, airline,
/// mine protest, hospital stories) and scoring it; the sentences here are invented too.
@Suite struct CounterAccountGuardTests {
    /// The harbour watchdog and the mining company of `CounterAccountTests`, and the probe's others.
    static let actors = CounterAccountTests.actors + [
        DraftActor(name: "Financial Conduct Board", kind: .organization, affiliation: "Portugal", aliases: ["board"]),
        organization("Portugal", kind: .country),
        organization("Corran Bank", "Corran"),
        organization("Meridia Savings"),
        DraftActor(name: "Coast Guard Administration", kind: .organization, affiliation: "Taiwan", aliases: ["coast guard"]),
        organization("Taiwan", kind: .country),
        organization("Nordtel Telecom", "Nordtel"),
        organization("Miners' Committee", "committee"),
        DraftActor(name: "Bolivian Police", kind: .organization, affiliation: "Bolivia", aliases: ["police", "Police"]),
        organization("Bolivia", kind: .country),
        DraftActor(name: "Ivo Brankov", kind: .person, role: "Police chief", affiliation: "Bolivian Police", aliases: ["Brankov"]),
        organization("Belmont Dairy", "Belmont"),
        organization("Farmers' Union", "union"),
    ]

    func disputes(_ raw: String) -> [DraftDispute] {
        let fixture = MentionFixture(raw, Self.actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
    }

    func sides(_ dispute: DraftDispute) -> [String] { CounterAccountTests().sides(dispute) }

    func denies(_ denier: String, in raw: String) -> Bool {
        disputes(raw).contains { sides($0).contains("denies \(denier)") && sides($0).contains { $0.hasPrefix("asserts") } }
    }

    // MARK: The rule fires

    @Test func theSecondOneChargedInOneSentenceAnswersToo() {
        // Grouped with the charge as if it asserted it (named inside it), the charged bank's own
        // account turns into its denial.
        #expect(denies("Meridia Savings", in: """
            The Financial Conduct Board said on Thursday that Corran Bank had manipulated its lending rate, and that Meridia Savings had hidden losses on its property loans from investors.

            Corran Bank said its rate submissions had been checked by an outside auditor every quarter.

            Meridia Savings said in a statement that it had reported all property losses in its annual accounts.
            """))
    }

    @Test func aBodyNamedBeforeTheWrongIsAnsweredByItsChief() {
        // "police had beaten …": the police chief's account of what his officers did denies it.
        #expect(denies("Ivo Brankov", in: """
            The Miners' Committee said police had beaten at least 20 demonstrators after detaining them.

            Police chief Ivo Brankov said his officers had used only batons and tear gas, and only after they came under attack.
            """))
    }

    @Test func aCounterChargeIsAnsweredByTheOneItCharges() {
        // .probe-ca2-1: the dairy's account of what union members did is a charge of its own,
        // and the union's denial answers it.
        let found = disputes("""
            The Farmers' Union accused Belmont Dairy on Wednesday of paying its suppliers below cost for two years.

            Belmont Dairy said union members had blocked its trucks and dumped milk outside its plant last week.

            The union denied that its members had blocked any trucks, saying the milk had been poured out by farmers acting on their own.
            """)
        #expect(found.contains { sides($0).contains("asserts Belmont Dairy") && sides($0).contains("denies Farmers' Union") })
        #expect(!found.contains { sides($0).contains("denies Belmont Dairy") })
    }

    @Test func theMinisterAfterHisCountryAddsHisOwnAccount() {
        // .probe-ca-2, kept whole: the country answered the charge in the lead ("while Warsaw
        // said …"); its minister's own account further on is a side of his own, not a stolen place.
        let actors = [
            DraftActor(name: "Ukrainian Agriculture Ministry", kind: .organization, affiliation: "Ukraine", aliases: ["Ukraine's agriculture ministry", "ministry"]),
            organization("Ukraine", kind: .country),
            // "Polish" names Poland, as the drafter's demonyms do.
            organization("Poland", "Warsaw", "Polish", kind: .country),
            DraftActor(name: "Olena Shevchuk", kind: .person, role: "Agriculture Minister", affiliation: "Ukraine", aliases: ["Shevchuk"]),
            DraftActor(name: "Marek Zielinski", kind: .person, role: "Agriculture Minister", affiliation: "Poland", aliases: ["Zielinski"]),
        ]
        let fixture = MentionFixture("""
            KYIV (Reuters) - Ukraine's agriculture ministry accused Poland on Monday of discriminating against Ukrainian grain with extra border checks, while Warsaw said the checks were carried out on every truck from outside the European Union.

            The ministry said more than 800 Ukrainian trucks were waiting at the border, some for as long as ten days.

            "These checks have nothing to do with food safety," Ukrainian Deputy Agriculture Minister Olena Shevchuk said.

            Polish Agriculture Minister Marek Zielinski said inspectors had found banned pesticides in 14 shipments since January.

            "Polish consumers have a right to safe food, whatever country it comes from," he said.
            """, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(found.contains { sides($0).contains("denies Poland") && sides($0).contains("denies Marek Zielinski") })
    }

    // MARK: The rule must not fire

    @Test func aFigureOfTheAnswerersOwnBusinessIsBackground() {
        for background in [
            "Keller Mining said its profit had risen 8 percent in the first half.",
            "Keller Mining said its exports to the south had doubled this year.",
            "Keller Mining said the port had handled 14 million tonnes of ore last year.",
        ] {
            let raw = "Harbor Watch said Keller Mining had deliberately dumped waste in the bay.\n\n" + background
            #expect(!denies("Keller Mining", in: raw), "\(background)")
        }
    }

    @Test func aFigureOfTheAccusedsOwnIsNoCampAnswer() {
        // .probe-ca2-1: the commission's turnout figure, next to its head's denial, is background.
        let actors = [
            organization("Civic Union"),
            organization("Central Electoral Commission"),
            DraftActor(name: "Dario Lenz", kind: .person, role: "head", affiliation: "Central Electoral Commission", aliases: ["Lenz"]),
        ]
        let fixture = MentionFixture("""
            The Civic Union said on Sunday that the head of the Central Electoral Commission, Dario Lenz, had ordered officials to change the vote counts in three districts.

            The Central Electoral Commission said turnout in Sunday's parliamentary election had reached 61 percent, the highest since 2008.

            Lenz rejected the accusation on Monday, calling it an insult to the people who counted the votes.
            """, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(found.contains { sides($0).contains("denies Dario Lenz") })
        #expect(!found.contains { sides($0).contains("denies Central Electoral Commission") })
    }

    @Test func aYearIsNoFigure() {
        // "rose sharply in 2023" dates an account; it is no figure of the business.
        #expect(!DisputeFinder.isBackground("its prices had followed the cost of coal, which rose sharply in 2023"))
        #expect(DisputeFinder.isBackground("its profit had risen 8 percent in the first half"))
    }

    @Test func theThingHarmedIsNotTheOneCharged() {
        // "cutting a telecommunications cable": the telecom company named after the wrong is what
        // was harmed; its report of the break agrees with the charge.
        #expect(!denies("Nordtel Telecom", in: """
            The Coast Guard Administration said it had detained a cargo ship on suspicion of deliberately cutting an undersea telecommunications cable.

            Nordtel Telecom said a break in the cable had cut service to 40,000 customers.
            """))
    }

    @Test func aDenialByItsVerbKeepsItsPlace() {
        // The charged company's plain statement between the charge and its denial does not take
        // the denial's place as its side.
        let found = disputes("""
            Harbor Watch said Keller Mining had deliberately dumped waste in the bay.

            Keller Mining said its barges had carried ore through the bay since 2015.

            Keller Mining denied dumping any waste, calling the report false.
            """)
        let side = found.lazy.flatMap(\.sides).first { $0.actor == "Keller Mining" && $0.stance == .denies }
        #expect(side?.source.paragraph == 3)
    }

    @Test func disputesFoundWithoutItStandWhole() {
        // Whatever the counter-accounts add, every dispute drafted without them is still there.
        let raw = """
            Harbor Watch said Keller Mining had deliberately dumped waste in the bay.

            Keller Mining denied dumping any waste.

            Harbor Watch said the company had also failed to report a leak at its plant in May.

            Keller Mining said its engineers had reported the leak to the authorities the same day.
            """
        let fixture = MentionFixture(raw, Self.actors)
        let attribution = AttributionCache.shared.text(for: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let positions = PositionFinder.find(in: attribution)
        let affiliated = TitleCamps.affiliated(attribution)
        let without = DisputeFinder.assemble(positions, actors: affiliated).disputes
        let with = DisputeFinder.assembleAnswering(positions, actors: affiliated).disputes
        #expect(DisputeFinder.keepsEach(without, in: with))
    }

    // MARK: Forms not read yet

    @Test func aParentCompanyNamedByItsRelationIsNotLinkedYet() {
        // .probe-ca2-1: "SkyQuess's parent company, Aventa Group," answers for the airline, but the
        // names stage gives Aventa no affiliation, so nothing ties it to the charge.
        withKnownIssue("not read yet: a parent company introduced as \"X's parent company, Y,\"") {
            let fixture = MentionFixture("""
                The consumer office said SkyQuess had cancelled 140 flights without paying the compensation passengers are owed by law.

                SkyQuess's parent company, Aventa Group, said the cancellations had been caused by a strike of air traffic controllers.
                """, [organization("consumer office"), organization("SkyQuess"), organization("Aventa Group")])
            let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            #expect(found.contains { sides($0).contains("denies Aventa Group") })
        }
    }
}
