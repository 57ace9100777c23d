import BriefingModel
@testable import BriefingDraft
import Testing

/// A count said to be concealed ("the army is hiding the real figure") denies the count given:
/// sentences it must read, sentences close in form it must leave alone, and passages in wire
/// form. Every sentence invented.
@Suite struct HiddenCountTests {
    /// Each sentence with whether it denies: concealment of the count read, the close forms not.
    static let sentences: [(String, Bool)] = [
        ("\u{201C}The army is hiding the real figure, as always", true),
        ("the government was concealing the true death toll from the floods", true),
        ("the ministry is covering up the real number of cases in the camps", true),
        ("officials had played down the full scale of the outbreak", true),
        ("the authorities are downplaying the toll to protect the tourist season", true),
        ("police were hiding the actual number of people detained", true),
        ("the junta has suppressed the true casualty figures", true),
        ("the gunmen were hiding in the forest near the border", false),
        ("\u{201C}We are not hiding the real figure from anyone", false),
        ("the government has never concealed the true toll", false),
        ("the true figure was hidden in an annex to the report", false),
        ("the company said it would publish the full figures next week", false),
        ("smugglers had concealed the drugs in a shipment of bananas", false),
        ("the minister played down hopes of a quick deal", false),
        ("rescuers were covering up the bodies with blankets", false),
    ]

    @Test(arguments: sentences) func reading(_ statement: String, _ denies: Bool) {
        #expect(PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)) == denies)
    }

    static let actors = [
        organization("Cameroon", kind: .country),
        organization("Cameroonian Army", "the army", "army"),
        DraftActor(name: "Julius Mbah", kind: .person, role: "priest", affiliation: nil, aliases: ["Mbah"]),
        organization("Peru", kind: .country),
        organization("Peruvian Health Ministry", "health ministry"),
        DraftActor(name: "Rosa Quispe", kind: .person, role: "mayor", affiliation: nil, aliases: ["Quispe"]),
        organization("Sri Lanka", kind: .country),
        organization("Sri Lankan Police", "police"),
        DraftActor(name: "Nimal Perera", kind: .person, role: "lawyer", affiliation: nil, aliases: ["Perera"]),
    ]

    static func disputes(_ raw: String) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    static let passages: [DisputeProbeTests.Case] = [
        DisputeProbeTests.Case(name: "a priest says the army hides the real figure", text: """
            Gunmen killed at least 11 people in an attack on a market in the town of Batibo on Tuesday, the army said.

            "The army is hiding the real figure, as always," Mbah said.
            """, sides: ["asserts Cameroonian Army", "denies Julius Mbah"]),
        DisputeProbeTests.Case(name: "a mayor says the ministry covers up the true death toll", text: """
            The health ministry said on Monday that 42 people had died of dengue in the province of Piura since January.

            Piura mayor Rosa Quispe said the ministry was covering up the true death toll.
            """, sides: ["asserts Peruvian Health Ministry", "denies Rosa Quispe"]),
        DisputeProbeTests.Case(name: "a lawyer says police hide the actual number detained", text: """
            Sri Lankan police said on Saturday that 37 people had been arrested in Colombo after protesters blocked a road to parliament.

            Rights lawyer Nimal Perera said the police were hiding the actual number of people detained.
            """, sides: ["asserts Sri Lankan Police", "denies Nimal Perera"]),
        DisputeProbeTests.Case(name: "the army says it hides nothing: no dispute", text: """
            Gunmen killed at least 11 people in an attack on a market in the town of Batibo on Tuesday, the army said.

            "We are not hiding the real figure from anyone," the army said on Wednesday.
            """, sides: []),
    ]

    @Test(arguments: passages) func passage(_ probe: DisputeProbeTests.Case) {
        DisputeProbeTests.check(probe, drafted: Self.disputes(probe.text))
    }
}
