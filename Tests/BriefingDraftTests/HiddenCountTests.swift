import BriefingModel
@testable import BriefingDraft
import Testing

/// A count said to be concealed ("the army is hiding the real figure") denies the count given:
/// sentences it must read, sentences close in form it must leave alone, and passages in wire
/// form. Every sentence invented.
@Suite struct HiddenCountTests {
    @Test(arguments: [
        "\u{201C}The army is hiding the real figure, as always",
        "the government was concealing the true death toll from the floods",
        "the ministry is covering up the real number of cases in the camps",
        "officials had played down the full scale of the outbreak",
        "the authorities are downplaying the toll to protect the tourist season",
        "police were hiding the actual number of people detained",
        "the junta has suppressed the true casualty figures",
    ]) func hiddenCount(_ statement: String) {
        #expect(PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)))
    }

    @Test(arguments: [
        "the gunmen were hiding in the forest near the border",
        "\u{201C}We are not hiding the real figure from anyone",
        "the government has never concealed the true toll",
        "the true figure was hidden in an annex to the report",
        "the company said it would publish the full figures next week",
        "smugglers had concealed the drugs in a shipment of bananas",
        "the minister played down hopes of a quick deal",
        "rescuers were covering up the bodies with blankets",
    ]) func noHiddenCount(_ statement: String) {
        #expect(!PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)))
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
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions, quotes: fixture.quotes)
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
            Police said 37 people were arrested in Colombo on Saturday after protesters blocked a road to parliament.

            "The police are hiding the actual number of people they detained," lawyer Nimal Perera said.
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
