import BriefingModel
@testable import BriefingDraft
import Testing

/// A denial or doubt that points back at a count ("questioned the figure", "rejected the
/// firm's estimate") answers the count given, not an older accusation nearby. Found by sorting
/// the sides read right but never paired (`briefing-eval --sides`) in the development sets;
/// every passage invented.
@Suite struct QuestionedCountTests {
    static let pointers: [(String, String?)] = [
        ("a revenue official questioned the figure", "figure"),
        ("the forestry service also rejected the firm's estimate", "estimate"),
        ("the ministry disputed those numbers", "numbers"),
        ("the group said the company's figures could not be right", "figures"),
        ("the union said the true figure was above 3,000", nil),
        ("police questioned the number of people detained", nil),
        ("the ministry rejected the allegations", nil),
        ("officials said they would publish figures next week", nil),
    ]

    @Test(arguments: pointers) func pointing(_ sentence: String, _ noun: String?) {
        #expect(PositionFinder.pointedCount(IdiomStanceTests.lowers(sentence)) == noun)
    }

    /// One group of actors per story: a border, a forest, a port.
    static let actors: [DraftActor] = [
        organization("Kenya", kind: .country), organization("Uganda", kind: .country),
        organization("Kenya Transporters Association", "the association"), organization("Uganda Revenue Authority", "the authority"),
        DraftActor(name: "Moses Okello", kind: .person, role: "spokesman", affiliation: "Uganda Revenue Authority", aliases: ["Okello"]),
    ] + [
        organization("Brazil", kind: .country), organization("Geoscan"), organization("Brazilian Forestry Service", "the forestry service"),
        DraftActor(name: "Lucia Prado", kind: .person, role: "head of analysis", affiliation: "Geoscan", aliases: ["Prado"]),
    ] + [
        organization("Northland", kind: .country), organization("Southland", kind: .country),
        organization("Harbor Watch"), organization("Ministry of Trade", "the ministry"),
        DraftActor(name: "Tomas Lind", kind: .person, role: "spokesman", affiliation: "Ministry of Trade", aliases: ["Lind"]),
    ]

    static func disputes(_ raw: String) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    static func joined(_ found: [[String]], _ a: String, _ b: String) -> Bool {
        found.contains { $0.contains(a) && $0.contains(b) }
    }

    @Test func aDoubtOfTheFigureAnswersTheCountNotTheOlderCharge() {
        let found = Self.disputes("""
            Kenya accused Uganda on Monday of holding fuel tankers at the Malaba crossing for political reasons, a charge Uganda rejected.

            The Kenya Transporters Association said 900 trucks were stranded on the Kenyan side of the border by Tuesday.

            Moses Okello, a spokesman for the Uganda Revenue Authority, questioned the figure.
            """)
        #expect(Self.joined(found, "asserts Kenya Transporters Association", "questions Moses Okello"), "\(found)")
        #expect(Self.joined(found, "asserts Kenya", "denies Uganda"), "\(found)")
        #expect(!Self.joined(found, "asserts Kenya", "questions Moses Okello"), "\(found)")
    }

    @Test func theFirmsEstimateAnswersWhatTheFirmEstimatedFarUp() {
        let fixture = MentionFixture("""
            Brazil on Wednesday rejected a report by the analytics firm Geoscan that illegal fires had spread across the Amazon state of Para, calling it politically motivated.

            Geoscan estimated that the fires burned about 48,000 hectares of forest in 2025.

            Lucia Prado, the firm's head of analysis, said satellites had seen the same sites burning month after month.

            The Brazilian Forestry Service said in a statement that its brigades had put out every fire reported to them.

            The Amazon holds about a fifth of the world's fresh water and is home to dozens of Indigenous peoples.

            Para is the second-largest state in the country and its main export is iron ore.

            Cattle ranching has spread across the state since the 1970s, when a highway was built through the forest.

            The forestry service also rejected the firm's estimate.
            """, Self.actors)
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(found.contains { dispute in
            dispute.sides.contains { $0.actor == "Geoscan" && $0.stance == .asserts && $0.statement.contains("48,000") }
                && dispute.sides.contains { $0.actor == "Brazilian Forestry Service" && $0.stance == .denies && $0.statement.contains("estimate") }
        }, "\(found.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor): \($0.statement)" } })")
    }

    @Test func theFigureIsTheLatestCountFromOutsideTheDoubtersCamp() {
        let found = Self.disputes("""
            Harbor Watch said 40 ships were waiting outside the port of Nordia on Tuesday.

            The Ministry of Trade said 12 cargo ships had been cleared on Monday.

            Tomas Lind, the ministry's spokesman, questioned the figure.
            """)
        #expect(Self.joined(found, "asserts Harbor Watch", "questions Tomas Lind"), "\(found)")
    }

    @Test func twoQuarrelsInOneStoryStayApart() {
        let found = Self.disputes("""
            Northland accused Southland on Monday of dumping cheap steel on its market, a charge Southland rejected.

            Harbor Watch said 40 ships were waiting outside the port of Nordia on Tuesday.

            Tomas Lind questioned the figure.
            """)
        #expect(Self.joined(found, "asserts Northland", "denies Southland"), "\(found)")
        #expect(Self.joined(found, "asserts Harbor Watch", "questions Tomas Lind"), "\(found)")
        #expect(!Self.joined(found, "asserts Northland", "questions Tomas Lind"), "\(found)")
        #expect(!Self.joined(found, "asserts Harbor Watch", "denies Southland"), "\(found)")
    }

    @Test func aDenialOfTheChargeWithNoCountNounKeepsToTheCharge() {
        let found = Self.disputes("""
            Northland accused Southland on Monday of dumping cheap steel on its market.

            Harbor Watch said 40 ships were waiting outside the port of Nordia on Tuesday.

            Southland rejected the accusation.
            """)
        #expect(Self.joined(found, "asserts Northland", "denies Southland"), "\(found)")
        #expect(!Self.joined(found, "asserts Harbor Watch", "denies Southland"), "\(found)")
    }
}
