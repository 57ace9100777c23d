import BriefingModel
@testable import BriefingDraft
import Testing

/// An answer worded as a counter-claim is a denial (`resolveCounterAccounts`): after a charge,
/// the one it names — anywhere in the charge, not only as the object of "accused" — giving its
/// own account of the matter denies it, even several paragraphs after a charge in the lead and
/// when the account is about itself ("Our crews …"). Found by writing invented wire copy
/// (`.probe-ca-1`: cable, pickets, spill, trawler, army and dairy stories) and scoring it; the
/// sentences here are invented too, and half of them check what the rule must leave alone.
@Suite struct CounterAccountTests {
    static let actors = [
        organization("Harbor Watch"),
        organization("Keller Mining", "Keller"),
        DraftActor(name: "Ada Moro", kind: .person, role: "spokeswoman", affiliation: "Keller Mining", aliases: ["Moro"]),
        organization("Northland", kind: .country),
        organization("Southland", kind: .country),
        DraftActor(name: "Southland Defence Ministry", kind: .organization, affiliation: "Southland", aliases: ["the ministry"]),
    ]

    func disputes(_ raw: String) -> [DraftDispute] {
        let fixture = MentionFixture(raw, Self.actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
    }

    func stances(_ raw: String) -> [String] {
        let fixture = MentionFixture(raw, Self.actors)
        return DisputeFinder.positions(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    func sides(_ dispute: DraftDispute) -> [String] {
        dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" }
    }

    // MARK: The rule fires

    @Test func theOneNamedInsideTheChargeGivingAnotherAccountDeniesIt() throws {
        // Named only inside the charge's subject ("the crew of a Keller Mining barge"), in reported speech.
        let found = disputes("""
            Harbor Watch said the crew of a Keller Mining barge had deliberately dumped waste in the bay.

            Keller Mining said the barge had lost part of its load in a storm.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Keller Mining"])
    }

    @Test func aSpokeswomanQuotedOnHerCompanysOwnConductDeniesTheCharge() throws {
        // The answer is a quote about the speaker's own side, sharing no word with the charge.
        let found = disputes("""
            Harbor Watch said Keller Mining had failed to report the leak at its Orra plant for three days.

            “Our engineers stopped the pumps within minutes and told the authorities the same day,” Keller spokeswoman Ada Moro said.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute).contains("denies Ada Moro"))
        #expect(sides(dispute).contains("asserts Harbor Watch"))
    }

    @Test func aChargeInTheLeadIsAnsweredParagraphsLater() throws {
        let found = disputes("""
            Northland accused Southland of shielding illegal loggers in its northern forests.

            Logging in the forests has doubled since 2022.

            Satellite images show new roads in the reserve.

            Timber prices have fallen across the region.

            “Our soldiers fight the timber gangs every day,” the Southland Defence Ministry said.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Southland Defence Ministry"])
    }

    static let probeActors = [
        DraftActor(name: "Competition Authority", kind: .organization, affiliation: "Kenya", aliases: ["authority"]),
        organization("Kenya", kind: .country),
        organization("Savanna Cement"),
        DraftActor(name: "Peter Otieno", kind: .person, role: "managing director", affiliation: "Savanna Cement", aliases: ["Otieno"]),
        DraftActor(name: "Romanian Transport Ministry", kind: .organization, affiliation: "Romania", aliases: ["transport ministry"]),
        organization("Romania", kind: .country),
        DraftActor(name: "Andrei Costache", kind: .person, role: "Transport Minister", affiliation: "Romania", aliases: ["Costache"]),
        organization("Free Rail Union"),
        DraftActor(name: "Ioana Marin", kind: .person, role: "leader", affiliation: "Free Rail Union", aliases: ["Marin"]),
        organization("Permanent Strategic Framework", "rebel alliance"),
        DraftActor(name: "Malian Army", kind: .organization, affiliation: "Mali", aliases: ["army"]),
        organization("Mali", kind: .country),
        DraftActor(name: "Souleymane Dembele", kind: .person, role: "spokesman", affiliation: "Malian Army", aliases: ["Dembele"]),
    ]

    func denies(_ denier: String, in raw: String) -> Bool {
        let fixture = MentionFixture(raw, Self.probeActors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        return found.contains { sides($0).contains("denies \(denier)") && sides($0).contains { $0.hasPrefix("asserts") } }
    }

    @Test func probePassagesKeptWhole() {
        // .probe-ca-2: a watchdog's charge against "three cement makers", answered by one of them
        // speaking of its own prices; a ministry's charge against "the railway workers' union",
        // answered by the union with another cause and its leader speaking of its members.
        // Since the description must stand in the charge's own clause, before its word of wrong
        // (CounterAccountGuardTests), "fined three cement makers …, saying they had colluded"
        // names the doer only outside the clause that charges it.
        withKnownIssue("not read yet: the doer named only outside the charge's clause (\"fined three cement makers …, saying they had colluded\")") {
            #expect(denies("Savanna Cement", in: """
                NAIROBI (AFP) - Kenya's Competition Authority on Monday fined three cement makers a total of 1.2 billion shillings, saying they had colluded to raise prices by almost a third over two years.

                The authority said executives from the three companies had met in a Nairobi hotel to agree on prices before each quarter.

                Savanna Cement, the largest of the three, said its prices had followed the cost of coal and electricity, which rose sharply in 2023.

                "Every price change we made was published and explained to our customers," Savanna Cement managing director Peter Otieno said.
                """))
        }
        #expect(denies("Free Rail Union", in: """
            BUCHAREST (Reuters) - Romania's transport ministry said on Wednesday that members of the railway workers' union had sabotaged signalling equipment during a strike last week, causing delays for thousands of passengers.

            Transport Minister Andrei Costache told reporters the damage to cables at three stations could not have been an accident.

            The Free Rail Union said the signal failures were caused by years of missing maintenance on equipment installed in the 1980s.

            "Our members have kept this network running with spare parts they make themselves," union leader Ioana Marin said at a rally in Bucharest.
            """))
    }

    @Test func aChargeByAnUnnamedAllianceIsAnswered() {
        // .probe-ca-2: the army's "its nearest units had been more than 40 km from Tinzar" is its
        // denial of the rebels' lead charge; its spokesman's "Our forces carried out no operation"
        // denies by an "our …" subject (OwnedSubjects.swift, branch ws), which pairs the army
        // with the charge.
        #expect(denies("Malian Army", in: """
            BAMAKO (Reuters) - A rebel alliance in northern Mali said on Friday that the army had shelled the village of Tinzar, killing nine civilians, including four children.

            The Permanent Strategic Framework, an alliance of mostly Tuareg armed groups, said the shells had hit a market on Thursday afternoon.

            The Malian army said its nearest units had been more than 40 km from Tinzar on Thursday.

            "Our forces carried out no operation in that area this week," army spokesman Colonel Souleymane Dembele said in a statement read on state television.
            """))
    }

    // MARK: The rule must not fire

    @Test func anAnswerThatConcedesIsNoDenial() {
        // "acknowledged", "was investigating", "apologised": agreement, not a rival account.
        for answer in [
            "Keller Mining acknowledged that the barge had lost part of its load.",
            "Keller Mining said it was investigating what had happened to the barge.",
            "Keller Mining said it was sorry for the damage to the bay.",
        ] {
            let raw = "Harbor Watch said the crew of a Keller Mining barge had deliberately dumped waste in the bay.\n\n" + answer
            #expect(!stances(raw).contains("denies Keller Mining"), "\(answer)")
        }
    }

    @Test func whatTheAccusedWillDoOrOffersIsNoDenial() {
        for answer in [
            "Keller Mining said it would pay for the clean-up of the bay.",
            "Keller Mining said it was ready to pay for the clean-up of the bay.",
        ] {
            let raw = "Harbor Watch said the crew of a Keller Mining barge had deliberately dumped waste in the bay.\n\n" + answer
            #expect(!stances(raw).contains("denies Keller Mining"), "\(answer)")
        }
    }

    @Test func aReportThatChargesNothingIsNotAnswered() {
        // What an actor did, said with no word of wrong, is no charge; its own account of it agrees.
        #expect(!stances("""
            Harbor Watch said the crews of Keller Mining barges had carried most of the ore through the bay in May.

            Keller Mining said its barges had taken the ore to the smelter at night.
            """).contains("denies Keller Mining"))
    }

    @Test func aCounterChargeAboutTheAccuserKeepsItsOwnAssertion() {
        // Not an account of its own conduct but a charge against the accuser: it asserts.
        let read = stances("""
            Harbor Watch said the crew of a Keller Mining barge had deliberately dumped waste in the bay.

            Keller Mining said Harbor Watch activists had cut the barge's moorings.
            """)
        #expect(read.contains("asserts Keller Mining"))
    }

    @Test func theChargersOwnCampIsNoAnswerer() {
        // The ministry of the accusing country adding detail agrees with its country.
        let read = stances("""
            Southland said Northland trawlers had fished illegally inside its waters.

            The Southland Defence Ministry said its aircraft had photographed the trawlers hauling nets.
            """)
        #expect(!read.contains("denies Southland Defence Ministry"))
    }

    // MARK: Forms not read yet

    @Test func aClaimWithNoWordOfWrongIsNotAnsweredYet() {
        // "can reopen the terms" charges nothing in words; the named party's "the terms run until
        // 2034" is its denial, but reading every claim about an actor as a charge drafted
        // disputes out of plain reports on the check sets.
        withKnownIssue("not read yet: a claim about another's rights with no word of wrong") {
            let found = disputes("""
                Northland can reopen the terms of its contract with Keller Mining whenever it wants, Northland said.

                Keller Mining said the existing terms ran until 2034 and could only be changed by agreement.
                """)
            #expect(found.first.map(sides)?.contains("denies Keller Mining") == true)
        }
    }
}
