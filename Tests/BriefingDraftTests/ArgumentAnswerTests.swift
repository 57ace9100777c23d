import BriefingModel
@testable import BriefingDraft
import Testing

/// "X disputed A, saying B. Y rejected that argument": the answer points at X's reasoning, so X
/// asserts it and Y denies it, though X was answering someone else (`ArgumentAnswers.swift`).
/// Every paragraph is invented.
@Suite struct ArgumentAnswerTests {
    static let actors = [
        organization("Marovia", kind: .country),
        organization("Kelsland", kind: .country),
        DraftActor(name: "Tomas Rehak", kind: .person, role: "transport minister", affiliation: "Marovia", aliases: ["Rehak"]),
        DraftActor(name: "Marovian Transport Ministry", kind: .organization, affiliation: "Marovia"),
        organization("Commuter groups"),
        organization("Rail Users Alliance"),
        organization("Central Bank of Kelsland", "central bank"),
        organization("Economists"),
        organization("Norvik Mining", "Norvik"),
        organization("Residents"),
        organization("Green Rivers"),
        DraftActor(name: "Ilse Marten", kind: .person, role: "analyst", aliases: ["Marten"]),
    ]

    static func sides(_ raw: String) -> [[String]] {
        MentionFixture(raw, actors).disputeSides
    }

    static func paired(_ expected: [String], in drafted: [[String]]) -> Bool {
        drafted.contains { dispute in expected.allSatisfy { dispute.contains($0) } }
    }

    static let cases: [DisputeProbeTests.Case] = [
        .init(name: "'dismissed that argument' answers the minister's reason", text: """
            The Rail Users Alliance said fares had risen by 40% in three years.

            Transport Minister Tomas Rehak rejected calls for a fare freeze, saying subsidies would bankrupt the state rail operator. Commuter groups dismissed that argument, saying the operator had posted a profit last year.
            """, sides: ["asserts Tomas Rehak", "denies Commuter groups"]),
        .init(name: "'rejected this reasoning' answers the bank", text: """
            Green Rivers said on Monday that high borrowing costs had halted the building of 12 water plants.

            The central bank denied that interest rates were too high, arguing that inflation was still above its target. Economists rejected this reasoning, saying food prices alone explained the overshoot.
            """, sides: ["asserts Central Bank of Kelsland", "denies Economists"]),
        .init(name: "'questioned that explanation' in the next paragraph", text: """
            Green Rivers accused Norvik Mining of storing waste behind an unsafe dam.

            Norvik denied the accusation, saying inspectors had approved the dam in March.

            Residents questioned that explanation.
            """, sides: ["asserts Norvik Mining", "questions Residents"]),
    ]

    @Test(arguments: cases) func pairs(_ probe: DisputeProbeTests.Case) {
        let drafted = Self.sides(probe.text)
        #expect(Self.paired(probe.sides, in: drafted), "\(drafted)")
    }

    /// "the idea that …" names its claim; it does not point back at the denial before it.
    @Test func ideaThatNamesItsOwnClaim() {
        let drafted = Self.sides("""
            Green Rivers accused Norvik Mining of storing waste behind an unsafe dam. Norvik denied the accusation, saying inspectors had approved the dam.

            Residents rejected the idea that the river was clean.
            """)
        #expect(!Self.paired(["asserts Norvik Mining", "denies Residents"], in: drafted), "\(drafted)")
    }

    /// An argument of the answer's own camp is no claim against it.
    @Test func ownCampReasoningStaysApart() {
        let drafted = Self.sides("""
            The Rail Users Alliance said fares had risen by 40% in three years.

            Transport Minister Tomas Rehak rejected calls for a fare freeze. The Marovian Transport Ministry dismissed that argument too.
            """)
        #expect(!Self.paired(["asserts Tomas Rehak", "denies Marovian Transport Ministry"], in: drafted), "\(drafted)")
    }

    /// After an assertion the ordinary link holds: "that view" answers the account just given.
    @Test func assertionBeforeKeepsItsAnswer() {
        let drafted = Self.sides("""
            Ilse Marten, an analyst, said the new tariff would double the price of bread within a year. The Marovian Transport Ministry rejected that view.
            """)
        #expect(Self.paired(["asserts Ilse Marten", "denies Marovian Transport Ministry"], in: drafted), "\(drafted)")
    }

    /// A denial too far back (two paragraphs and more) is not the argument pointed at.
    @Test func farDenialIsNotTheArgument() {
        let drafted = Self.sides("""
            Green Rivers accused Norvik Mining of storing waste behind an unsafe dam. Norvik denied the accusation, saying inspectors had approved the dam.

            The company employs 3,000 people in the province.

            Copper prices rose 2% on Monday.

            Residents rejected that argument.
            """)
        #expect(!Self.paired(["asserts Norvik Mining", "denies Residents"], in: drafted), "\(drafted)")
    }

    @Test func pointerForms() {
        #expect(DisputeFinder.pointsAtArgument(["rejected", "that", "argument"]))
        #expect(DisputeFinder.pointsAtArgument(["dismissed", "this", "line", "of", "reasoning"]))
        #expect(DisputeFinder.pointsAtArgument(["rejected", "such", "a", "view"]))
        #expect(!DisputeFinder.pointsAtArgument(["disputed", "the", "idea", "that", "ships", "save", "lives"]))
        #expect(!DisputeFinder.pointsAtArgument(["rejected", "the", "accusation"]))
        #expect(!DisputeFinder.pointsAtArgument(["held", "the", "line"]))
    }
}
