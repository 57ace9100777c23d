import BriefingModel
@testable import BriefingDraft
import Testing

/// "His lawyer, Ines Varga, said …": a lawyer named after a possessed title is in the camp of
/// the one whose lawyer the text says it is, for the dispute camps; so the defence's own account
/// of a charge ("every line of that contract was signed off by the board") answers it. Found among
/// the wrong-stance sides of development sets R and J. Invented sentences.
@Suite struct CounselCampTests {
    let actors = [
        organization("Harbor Fraud Office"),
        organization("Tollbridge Holdings"),
        DraftActor(name: "Pavel Orlik", kind: .person, role: "former port director", aliases: ["Orlik"]),
        DraftActor(name: "Ines Varga", kind: .person, role: "lawyer", aliases: ["Varga"]),
        DraftActor(name: "Marta Kell", kind: .person, role: "widow", aliases: ["Kell"]),
        DraftActor(name: "Tomas Reed", kind: .person, role: "lawyer", affiliation: "Tollbridge Holdings", aliases: ["Reed"]),
    ]

    @Test func aPossessedLawyerTitleJoinsTheClient() {
        let his = "Pavel Orlik, 61, did not speak in court. His lawyer, Ines Varga, said every invoice had been signed off by the board."
        #expect(titleCamps(his, actors)["Ines Varga"]?.affiliation == "Pavel Orlik")
        let named = "Orlik's lawyer, Ines Varga, said the case was built on rumour."
        #expect(titleCamps(named, actors)["Ines Varga"]?.affiliation == "Pavel Orlik")
        let before = """
            Pavel Orlik, speaking through his lawyer, denied any wrongdoing.

            "Every tender went through the board," lawyer Ines Varga said.
            """
        #expect(titleCamps(before, actors)["Ines Varga"]?.affiliation == "Pavel Orlik")
    }

    @Test func aLawyerWithNoClientNamedOrAnAffiliationKeepsIt() {
        // "a lawyer" with no possessor and no earlier possessed title: no client.
        #expect(titleCamps("Pavel Orlik was charged. A lawyer, Ines Varga, said the law was unclear.", actors)["Ines Varga"]?.affiliation == nil)
        #expect(titleCamps("\"The law is unclear,\" lawyer Ines Varga said of the Orlik case.", actors)["Ines Varga"]?.affiliation == nil)
        // A drafted affiliation stays.
        #expect(titleCamps("Pavel Orlik sat still. His lawyer, Tomas Reed, said nothing.", actors)["Tomas Reed"]?.affiliation == "Tollbridge Holdings")
        // A title in a quote names nobody's lawyer.
        #expect(titleCamps("\"Orlik's lawyer is Ines Varga,\" Marta Kell said.", actors)["Ines Varga"]?.affiliation == nil)
    }

    @Test func theDefenceLawyersAccountDeniesTheCharge() throws {
        let fixture = MentionFixture("""
            The Harbor Fraud Office accused former port director Pavel Orlik of rigging the dredging tender for Tollbridge Holdings.

            Orlik, speaking through his lawyer, denied any wrongdoing. "Every line of that tender was approved by a board of seven people," lawyer Ines Varga said.
            """, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Harbor Fraud Office" } })
        #expect(dispute.sides.contains { $0.actor == "Ines Varga" && $0.stance == .denies })
    }

    @Test func theVictimsLawyerStaysWithTheVictim() throws {
        let raw = """
            The Harbor Fraud Office accused Tollbridge Holdings of dumping dredged silt in the bay.

            Marta Kell, whose husband drowned there, wept outside the court. Her lawyer, Ines Varga, said the silt had been dumped at night for two years.
            """
        #expect(titleCamps(raw, actors)["Ines Varga"]?.affiliation == "Marta Kell")
        let fixture = MentionFixture(raw, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(!found.contains { $0.sides.contains { $0.actor == "Ines Varga" && $0.stance == .denies } })
    }
}

/// "His lawyer said the case was “a political settling of scores”": an answer whose clause opens
/// on the charge itself ("the case", "the allegations") is on the charge's matter though it
/// shares none of its words. Found among the wrong-stance sides of development set J. Invented
/// sentences.
@Suite struct ChargeSubjectAnswerTests {
    let actors = CounselCampTests().actors + [organization("Port Workers Union")]

    @Test func anAnswerOpeningOnTheChargeIsOnItsMatter() {
        #expect(DisputeFinder.speaksOfTheCharge("the case was a political vendetta"))
        #expect(DisputeFinder.speaksOfTheCharge("that the allegations were part of a smear campaign"))
        #expect(DisputeFinder.speaksOfTheCharge("these charges are built on forged ledgers"))
        #expect(!DisputeFinder.speaksOfTheCharge("the dredging was finished on time"))
        #expect(!DisputeFinder.speaksOfTheCharge("in this case the board decided"))
        #expect(!DisputeFinder.speaksOfTheCharge("a case like this shows the need for reform"))
    }

    @Test func theDefenceCallingTheCaseARivalStoryDeniesIt() throws {
        let fixture = MentionFixture("""
            The Harbor Fraud Office accused former port director Pavel Orlik of rigging the dredging tender for Tollbridge Holdings.

            Orlik, 61, sat in silence. His lawyer, Ines Varga, said the case was a political vendetta and that every invoice had been signed off by auditors.
            """, actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Harbor Fraud Office" } })
        #expect(dispute.sides.contains { $0.actor == "Ines Varga" && $0.stance == .denies })
    }

    @Test func aThirdPartyOrAConcessionOnTheCaseDeniesNothing() {
        let third = MentionFixture("""
            The Harbor Fraud Office accused former port director Pavel Orlik of rigging the dredging tender for Tollbridge Holdings.

            The Port Workers Union said the case showed why the port needed new rules.
            """, actors)
        let found = DisputeFinder.find(in: third.text, actors: third.actors, mentions: third.mentions)
        #expect(!found.contains { $0.sides.contains { $0.actor == "Port Workers Union" && $0.stance == .denies } })
        let conceding = MentionFixture("""
            The Harbor Fraud Office accused former port director Pavel Orlik of rigging the dredging tender for Tollbridge Holdings.

            Orlik, 61, sat in silence. His lawyer, Ines Varga, said the case was serious and that her client was cooperating with investigators.
            """, actors)
        let conceded = DisputeFinder.find(in: conceding.text, actors: conceding.actors, mentions: conceding.mentions)
        #expect(!conceded.contains { $0.sides.contains { $0.actor == "Ines Varga" && $0.stance == .denies } })
    }
}
