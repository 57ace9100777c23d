import BriefingModel
@testable import BriefingDraft
import Testing

/// Invented wire copy for the forms of `ChargeWords` and `RulingActs`: a verb of denial inside
/// a charge, a verdict word that qualifies what is alleged, an answer that tells what will be
/// done, and rulings that keep or undo a measure or a case — each in several surface forms,
/// with the forms where no dispute (or no such side) may be drafted.
@Suite struct ChargeAndRulingTests {
    static let actors = [
        organization("Dockers' Union", "the union"),
        organization("Portline", "the company"),
        organization("Seacrest Fisheries", "Seacrest"),
        organization("Fisheries Ministry", "the ministry"),
        organization("Northland", kind: .country),
        organization("Southland", kind: .country),
        organization("Supreme Court", "the court"),
        organization("Green Dawn", "the party"),
        organization("Appeals Tribunal", "the tribunal"),
        organization("Food Safety Office", "the office"),
        organization("Larch Dairy", "the dairy"),
        organization("Competition Board", "the board"),
        organization("Ferrovia Lines", "Ferrovia"),
        organization("Harbor Watch"),
        organization("Keller Mining", "Keller"),
        organization("Residents", kind: .other),
        DraftActor(name: "Audit Office", kind: .organization, affiliation: "Northland"),
        DraftActor(name: "Health Ministry", kind: .organization, affiliation: "Northland"),
        DraftActor(name: "Finance Ministry", kind: .organization, affiliation: "Northland"),
        DraftActor(name: "Ilse Marr", kind: .person, role: "lawyer", affiliation: "Green Dawn", aliases: ["Marr"]),
    ]

    typealias Case = DisputeProbeTests.Case

    static func disputes(_ raw: String) -> [[String]] {
        MentionFixture(raw, actors).disputeSides
    }

    static func positions(_ raw: String) -> [String] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.positions(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { "\($0.stance.rawValue) \($0.actor)" }
    }

    static let cases: [Case] = [
        // A verb of denial inside the charge.
        Case(name: "charge of dismissing workers, then a denial by verb", text: """
            The Dockers' Union accused Portline of dismissing 40 crane drivers for joining a strike.

            Portline denied the charge.
            """, sides: ["asserts Dockers' Union", "denies Portline"]),
        Case(name: "charge of rejecting claims, then the accused's account", text: """
            The Dockers' Union accused Portline of rejecting every injury claim filed by its crane drivers last year.
            Portline said all injury claims had been sent to an independent insurer.
            """, sides: ["asserts Dockers' Union", "denies Portline"]),
        Case(name: "blamed for dismissing staff, no answer: no dispute", text: """
            The Dockers' Union criticised Portline for dismissing 40 crane drivers in March.
            """, sides: []),
        // A verdict word that qualifies what is alleged.
        Case(name: "ruling that a party took illegal funding, then the party's denial", text: """
            The Supreme Court on Friday upheld a ban on Green Dawn, ruling that the party had received illegal funding from abroad.

            Green Dawn said it had never taken money from foreign donors.
            """, sides: ["asserts Supreme Court", "denies Green Dawn"]),
        // What will be done is no account of what was done.
        Case(name: "charge of fishing in a zone, then a plan for a plant: no dispute", text: """
            The Fisheries Ministry accused Seacrest Fisheries of fishing inside a protected breeding zone.
            Seacrest said it would open a new fish processing plant next year, creating 300 jobs.
            """, sides: []),
        Case(name: "charge of fishing, then a plan a paragraph later: no dispute", text: """
            The Fisheries Ministry on Tuesday accused Seacrest Fisheries of fishing inside a protected breeding zone.

            Seacrest said on Wednesday it plans to hire 200 more crew for its fleet.
            """, sides: []),
        // Not read yet: the accused's very next statement answers a charge even off its subject
        // when it is told in the past. Requiring a shared word or a word of conduct there cost
        // held-out D a dispute (tried on branch dv, not kept).
        Case(name: "charge of fishing, then a past account of another subject: no dispute", text: """
            The Fisheries Ministry accused Seacrest Fisheries of fishing inside a protected breeding zone.
            Seacrest said it had hired 200 local crew members last year.
            """, sides: [], gap: true),
        Case(name: "charge of fishing, then an account of its own conduct", text: """
            The Fisheries Ministry accused Seacrest Fisheries of fishing inside a protected breeding zone.
            Seacrest said its captains had followed every rule set by the coast guard.
            """, sides: ["asserts Fisheries Ministry", "denies Seacrest Fisheries"]),
        Case(name: "charge of a plan, answered by what will be done", text: """
            Northland accused Southland of planning to close the border crossing at Varn.
            Southland said it would keep the border crossing at Varn open to all traffic.
            """, sides: ["asserts Northland", "denies Southland"]),
        Case(name: "charge, then what will be done on the charge's own words", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller said it would publish water tests showing that no waste from its plant had reached the Sava river.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        // Rulings and official acts as sides.
        Case(name: "a court upholds a ban, the party answers", text: """
            The Supreme Court on Thursday upheld the ban on Green Dawn.
            Green Dawn said the ban was politically motivated and that it would take the case to the European court.
            """, sides: ["asserts Supreme Court", "denies Green Dawn"]),
        Case(name: "a court upholds a sentence, the lawyer answers", text: """
            The Supreme Court upheld the seven-year sentence of Green Dawn's leader.
            The party's lawyer, Ilse Marr, said the charges had been invented to silence the opposition.
            """, sides: ["asserts Supreme Court", "denies Ilse Marr"]),
        Case(name: "a tribunal overturns a fine, the office that imposed it answers", text: """
            The Appeals Tribunal overturned a fine the Food Safety Office had imposed on Larch Dairy.

            The Food Safety Office said it stood by its inspectors and that the milk had contained banned antibiotics.
            """, sides: ["asserts Food Safety Office", "denies Appeals Tribunal"]),
        Case(name: "a regulator strikes down a merger, the company answers", text: """
            The Competition Board on Tuesday struck down the merger of Ferrovia Lines and Portline.
            Ferrovia said the merger would have lowered fares and that it would challenge the decision.
            """, sides: ["asserts Ferrovia Lines", "denies Competition Board"]),
        Case(name: "judges throw out a case brought by a company", text: """
            The Supreme Court threw out a lawsuit brought by Keller Mining against the Fisheries Ministry.
            Keller said the ministry had broken the law when it closed the river to its barges.
            """, sides: ["asserts Keller Mining", "denies Supreme Court"]),
        // A group whose verb comes after a long relative clause.
        Case(name: "residents with a relative clause, then the company's denial", text: """
            Residents who have lived near the Kallo quarry for decades and who lost their wells last year say the blasting cracked the aquifer.

            Keller Mining said independent engineers had found no link between the blasting and the wells.
            """, sides: ["asserts Residents", "denies Keller Mining"]),
        Case(name: "residents with a relative clause agree with the company: no dispute", text: """
            Residents who have lived near the Kallo quarry for decades and who lost their wells last year say the rains failed.

            Keller Mining said the rains had failed across the region.
            """, sides: []),
        // A watchdog or a court is not in the camp of the state bodies it judges.
        Case(name: "a state audit office charges a ministry of its own country", text: """
            The Audit Office said officials at the Health Ministry had inflated the cost of 300 ambulances.

            The Health Ministry dismissed the findings.
            """, sides: ["asserts Audit Office", "denies Health Ministry"]),
        Case(name: "two ministries of one country stay one camp: no dispute", text: """
            The Health Ministry said the cost of 300 ambulances had been inflated by the supplier.

            The Finance Ministry dismissed the findings.
            """, sides: []),
        Case(name: "protesters overturn cars: no ruling, no dispute", text: """
            Supporters of Green Dawn overturned cars and set fire to bins outside the court.
            The Fisheries Ministry said the protest had been peaceful until the evening.
            """, sides: []),
    ]

    @Test(arguments: cases) func probe(_ probe: Case) {
        DisputeProbeTests.check(probe, drafted: Self.disputes(probe.text))
    }

    @Test func aGroupWithALongRelativeClauseIsAVoice() {
        let raw = """
            Residents who have lived near the Kallo quarry for decades and who lost their wells last year say the blasting cracked the aquifer.
            Keller Mining said independent engineers had found no link between the blasting and the wells.
            """
        #expect(Drafter.draft(raw, published: nil).actors.map(\.name).contains("Residents"))
    }

    @Test func aPlacedGroupWithARelativeClauseIsAVoice() {
        let raw = """
            Fishermen who work the reservoir below the dye works and who sell their catch at the town market said they had found dead fish near its pipe.
            Tarn Chemicals said the works had not discharged any water into the reservoir since 2021.
            """
        #expect(Drafter.draft(raw, published: nil).actors.map(\.name).contains("Fishermen"))
    }

    @Test func aVerdictOnAMeasureStillDenies() {
        #expect(Self.positions("Southland said the sanctions were illegal and unjust.").contains("denies Southland"))
        #expect(Self.positions("Southland said the illegal sanctions would hurt its farmers.").contains("denies Southland"))
    }

    @Test func aVerdictWordQualifyingWhatIsAllegedAsserts() {
        #expect(Self.positions("Harbor Watch said Keller Mining had made illegal payments to officials before the ban.") == ["asserts Harbor Watch"])
    }

    @Test func aCountryRulesOnlyThroughItsCourt() {
        // "Northland's Supreme Court struck down": the possessive country is not the one ruling.
        #expect(!Self.positions("Northland's Supreme Court on Monday struck down the tariff on Southland's steel.").contains("denies Northland"))
    }

    @Test func anUpheldRulingIsNoActOfTheWordAsModifier() {
        // "the upheld ban" is no ruling; nor is a truce kept.
        #expect(Self.positions("Green Dawn said the upheld ban would not silence it.").allSatisfy { !$0.hasSuffix("Supreme Court") })
    }
}
