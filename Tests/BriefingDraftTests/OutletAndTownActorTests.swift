import BriefingModel
import Testing
@testable import BriefingDraft

/// Actor precision from the miss lists of sets J and L (helper aj); the passages are invented.
@Suite struct OutletAndTownActorTests {
    func names(_ raw: String) -> [String] { Drafter.draft(raw, published: nil).actors.map(\.name) }

    /// Each passage drafts no actor of the given name.
    func expectNone(_ cases: [(text: String, name: String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (text, name) in cases {
            let drafted = names(text)
            #expect(!drafted.contains(name), "\(name) in \(drafted)", sourceLocation: sourceLocation)
        }
    }

    /// A foreign outlet's adjective is where it is based: no actor of a country the text never names.
    @Test func aForeignOutletMakesNoCountryActor() {
        let cases = [
            ("The shipping group Nordvik said it would divert its tankers, according to the Norwegian news agency NTB.", "Norway"),
            ("Mayor Ines Kowal told the Polish broadcaster TVN24 on Sunday that the bridge would reopen in June.", "Poland"),
            ("Opposition leader Abel Sango said the vote had been rigged, according to the French news agency AFP.", "France"),
        ]
        expectNone(cases)
    }

    /// A state outlet speaks for its state, and a country the text names stays an actor.
    @Test func aStateOutletOrANamedCountryStillCounts() {
        let state = names("The Chinese state news agency Xinhua said on Monday that the talks had been constructive.")
        #expect(state.contains("China"), "\(state)")
        let named = names("""
            Kenya's trade minister Ruth Wambui said the deal was fair, she told the Kenyan broadcaster NTV.
            Kenya signed the accord with Uganda on Friday.
            """)
        #expect(named.contains("Kenya"), "\(named)")
    }

    /// "Lüderitz, the coastal town nearest the site": a name set beside a place noun is a place,
    /// and a title it qualifies later makes no actor of it.
    @Test func aNameBesideATownNounIsAPlace() {
        let cases = [
            ("A group of residents of Karlsbay, the coastal town nearest the plant, asked the court to halt the works.\nKarlsbay Mayor Peter Naude said he supported the project.", "Karlsbay"),
            ("Flooding hit Moravka, a small mining town in the north, on Tuesday.\nMoravka Mayor Jana Holub said 300 people had left their homes.", "Moravka"),
            ("Troops entered Sul Vado, the northern province where rebels are active.\nSul Vado Governor Rui Mata said the army had restored order.", "Sul Vado"),
        ]
        expectNone(cases)
    }

    /// A body or a person set beside a common noun is no place: "the consortium", "the town's
    /// mayor", "the city council".
    @Test func aBodyOrPersonBesideANounIsNoPlace() {
        let body = names("Veldt Energy, the consortium behind the plant, said it would appeal.")
        #expect(body.contains("Veldt Energy"), "\(body)")
        let person = names("Ruben Kaluwa, the town's mayor, said the plant would bring jobs.")
        #expect(person.contains("Ruben Kaluwa"), "\(person)")
        let council = names("Tema Metropolitan Assembly, the city council, said on Monday it would close the market.")
        #expect(council.contains { $0.hasPrefix("Tema") }, "\(council)")
    }

    /// "according to the UN refugee agency UNHCR": a described UN body with its own name beside
    /// the description is one actor, by that name.
    @Test func aDescribedUNBodyWithItsNameIsOneActor() {
        let cases = [
            "More than 40,000 people have fled into Niger since May, according to the UN refugee agency UNHCR.",
            "Some 900 migrants were returned last week, according to the UN migration agency IOM.",
        ]
        for text in cases {
            let drafted = names(text).filter { $0.hasPrefix("UN") || $0.hasPrefix("IOM") }
            #expect(drafted.count == 1, "\(drafted)")
        }
        // A possessive inside the description is not read yet: "UN" is drafted beside UNICEF.
        withKnownIssue {
            let drafted = names("About 2 million children need help, according to the UN children's agency UNICEF, and the number is rising.")
            #expect(drafted == ["UNICEF"], "\(drafted)")
        }
        // Without a name of its own, the described body is still an actor.
        let bare = names("Food prices rose by a third, according to the UN food agency.")
        #expect(!bare.isEmpty, "\(bare)")
    }

    /// "breached European Union law", "the EU's reception directive": an international body
    /// named only as the owner of its rules or funds is no actor.
    @Test func aBodyNamedOnlyForItsRulesIsNoActor() {
        let texts = [
            "Poland's Supreme Court ruled on Tuesday that the government had breached European Union law by failing to house asylum seekers.",
            "The Greek court said the practice was incompatible with the EU's reception conditions directive.",
            "Chile's trade minister Rosa Vidal said the tariff was allowed under WTO rules.",
        ]
        let bodies: Set<String> = ["EU", "European Union", "WTO", "World Trade Organization"]
        for text in texts {
            let drafted = names(text)
            #expect(bodies.isDisjoint(with: drafted), "\(drafted)")
        }
    }

    /// A body that acts, or whose people act, stays an actor (by its full or its short name).
    @Test func aBodyThatActsStaysAnActor() {
        let drafted = [
            "The European Union imposed sanctions on three Belarusian officials on Monday.",
            "The EU said on Friday that Serbia's membership talks would resume.",
            "EU sanctions on Minsk were extended by six months, EU law enforcement agencies said.",
        ].map(names)
        #expect(drafted.allSatisfy { $0.contains("European Union") || $0.contains("EU") }, "\(drafted)")
    }
}
