import BriefingModel
@testable import BriefingDraft
import Testing

/// A probe of the common ways wire copy reports two opposed positions, each in a few surface
/// forms: a charge and its denial, a rebuttal by verdict ("baseless"), a rival account by the
/// accused, a doubt, a rival figure, a contrast, and a reply that comes paragraphs later. Every
/// paragraph is invented; the expected sides are what a reader would draft.
@Suite struct DisputeProbeTests {
    static let actors = [
        organization("Northland", "Nordia", kind: .country),
        organization("Southland", "Southport", kind: .country),
        organization("Harbor Watch"),
        organization("Keller Mining", "Keller"),
        DraftActor(name: "Marta Olsen", kind: .person, role: "director", affiliation: "Harbor Watch", aliases: ["Olsen"]),
        DraftActor(name: "Piet Varga", kind: .person, role: "chief executive", affiliation: "Keller Mining", aliases: ["Varga"]),
        organization("Daily Ledger", kind: .media),
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// The sides of the one dispute expected, "stance actor", in order; empty for none.
        var sides: [String]
        /// A form the drafter does not read yet: kept as a known issue, so that a rule that
        /// reads it shows up here.
        var gap = false
        var testDescription: String { name }
    }

    static func disputes(_ raw: String) -> [DraftDispute] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
    }

    static let cases: [Case] = [
        Case(name: "charge, then denial by verb", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller denied the accusation.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge, then dismissal as politically motivated", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.

            The company dismissed the claims as politically motivated.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge, then verdict on the accusation", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller called the accusation baseless.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge, then 'done nothing wrong'", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller said it had done nothing wrong.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge, then lawful conduct a paragraph later", text: """
            Harbor Watch accused Keller Mining of bribing officials to win the licence for its new pit.

            Keller said all its contracts had been awarded in full compliance with the law.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge, then rival account two paragraphs later", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river in March.

            The river supplies drinking water to three towns.

            Keller said the waste found in the river had come from an old state smelter upstream.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge reported with 'said', then the named actor's account", text: """
            Harbor Watch said Keller Mining had dumped waste in the Sava river.
            Keller said its plant had met every environmental standard.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "charge with 'said', reply through chief executive", text: """
            Harbor Watch said Keller Mining had dumped waste in the Sava river in March.

            Chief executive Piet Varga said no waste had reached the river since the plant opened.
            """, sides: ["asserts Harbor Watch", "denies Piet Varga"]),
        Case(name: "claim, a claim the other disputes", text: """
            Harbor Watch says Keller Mining poisoned the Sava river, a claim the company disputes.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "relative clause of denial", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller, which denies the charge, said it would publish its own water tests.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "contrast in one sentence", text: """
            Harbor Watch said the Sava river was badly polluted, but Keller said the water met every standard.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "no comment is no side", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller did not respond to a request for comment.
            """, sides: []),
        Case(name: "has not commented is no side", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller has not commented on the accusation.
            """, sides: []),
        Case(name: "declined to comment is no side", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.

            A Keller spokesman declined to comment, and the company would not say whether it had tested the water.
            """, sides: []),
        Case(name: "rival figure", text: """
            Harbor Watch put the number of dead fish at 4,000.
            Keller Mining said only 300 fish had died.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"], gap: true),
        Case(name: "no evidence", text: """
            Harbor Watch accused Keller Mining of dumping waste in the Sava river.
            Keller said there was no evidence that the waste came from its plant.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "questioned whether", text: """
            Harbor Watch said the waste in the Sava river came from the Keller plant.
            Keller Mining questioned whether the samples had been taken from the river at all.
            """, sides: ["asserts Harbor Watch", "questions Keller Mining"]),
        Case(name: "insisted, counter-claim on the same subject", text: """
            Harbor Watch said the dam at the Keller pit was unsafe.
            Keller Mining insisted that the dam was safe and inspected every month.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "predicate negated by prefix, a paragraph later", text: """
            Harbor Watch said the new tailings pond at the Keller pit was illegal.

            Keller Mining said the pond was legal and had every permit it needed.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "same predicate from both is no dispute", text: """
            Harbor Watch said the old tailings pond at the Keller pit was unsafe.
            Keller Mining said the old pond was unsafe too and would be drained this year.
            """, sides: []),
        Case(name: "passive accusation, then denial", text: """
            Keller Mining has been accused by Harbor Watch of dumping waste in the Sava river.
            The company denies it.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "country accused, ministry answers with own conduct", text: """
            Northland accused Southland of shelling border villages overnight.

            Southland said its forces had only returned fire after coming under attack.
            """, sides: ["asserts Northland", "denies Southland"]),
        Case(name: "smear campaign", text: """
            Harbor Watch accused Keller Mining of hiding spills from inspectors.

            Varga said the allegations were part of a smear campaign against the company.
            """, sides: ["asserts Harbor Watch", "denies Piet Varga"]),
        Case(name: "later paragraph answering by subject words", text: """
            Harbor Watch said Keller Mining had dumped waste in the Sava river in March.

            Fishermen downstream reported dead fish for a week.

            Keller said no waste had entered the Sava since the plant opened in 2019.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "denial of its own conduct after a frame 'in a statement that'", text: """
            Harbor Watch accused Keller Mining of paying off local officials.
            Keller said in a statement that it had never paid any official.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "denial of its own conduct in a second 'and that' clause", text: """
            Harbor Watch accused Keller Mining of paying off local officials.

            Keller, which built the mine in 2015, said its permits were in order and that it had never paid any official.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "quote denying its own side's conduct", text: """
            Harbor Watch says Keller Mining guards protect illegal loggers near the pit.

            "Our guards fight the loggers; they do not protect them," Keller said in a statement.
            """, sides: ["asserts Harbor Watch", "denies Keller Mining"]),
        Case(name: "denial through 'has denied' after a charge by a person", text: """
            Olsen accused Keller Mining of paying off local officials.
            Keller has denied paying any officials.
            """, sides: ["asserts Marta Olsen", "denies Keller Mining"]),
    ]

    @Test(arguments: cases) func probe(_ probe: Case) {
        Self.check(probe)
    }

    /// Drafts the probe's text (or takes the disputes another suite drafted with its own actors)
    /// and expects one dispute with exactly its sides (none when it lists none); a probe marked as
    /// a gap is a known issue until it is read.
    static func check(_ probe: Case, drafted given: [[String]]? = nil) {
        let drafted = given ?? disputes(probe.text).map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        let check = {
            if probe.sides.isEmpty {
                #expect(drafted.isEmpty, "\(drafted)")
            } else {
                #expect(drafted.contains(probe.sides), "\(drafted)")
            }
        }
        if probe.gap {
            withKnownIssue("not read yet: \(probe.name)") { check() }
        } else {
            check()
        }
    }
}
