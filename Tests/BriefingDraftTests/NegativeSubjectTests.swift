@testable import BriefingDraft
import BriefingModel
import Testing

/// A statement that opens with a subject under "no" and its verb of what was or will be done
/// ("No private contract has been signed") denies it; "No doubt …", "No country is immune",
/// "No, …" do not. Every sentence invented.
@Suite struct NegativeSubjectTests {
    @Test(arguments: [
        ("\u{201C}No private contract has been signed, and none will be,\u{201D} the spokeswoman said", true),
        ("\u{201C}No shots were fired,\u{201D} the army said", true),
        ("\u{201C}No foreign adviser will sit on the panel,\u{201D} the minister said", true),
        ("\u{201C}No doubt the army will try again,\u{201D} the mayor said", false),
        ("\u{201C}No country is immune to floods,\u{201D} the minister said", false),
        ("\u{201C}No, we will keep talking,\u{201D} the minister said", false),
        ("\u{201C}No sooner had the rain stopped than the looting began,\u{201D} a resident said", false),
        ("the mayor said the town had no money left", false),
    ])
    func readsANegatedSubject(_ sentence: String, _ denies: Bool) {
        let lowers = IdiomStanceTests.lowers(sentence)
        let found = lowers.indices.contains { PositionFinder.opensWithNegativeSubject(lowers, at: $0) }
        #expect(found == denies, "\(sentence)")
    }

    @Test func deniesInAQuote() {
        let raw = """
            Opposition lawmaker Dragan Pelc said the coastal land had been cleared for a hotel developer.

            \u{201C}No private project has been approved on that land,\u{201D} government spokeswoman Mirela Kastrati said.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Mirela Kastrati" }.map(\.stance.rawValue)
        #expect(stances == ["denies"], "\(stances)")
    }

    @Test func leavesAGeneralTruthAlone() {
        let raw = """
            Opposition lawmaker Dragan Pelc said the coastal land had been cleared for a hotel developer.

            \u{201C}No country is safe from storms like this one,\u{201D} government spokeswoman Mirela Kastrati said.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Mirela Kastrati" }.map(\.stance.rawValue)
        #expect(!stances.contains("denies"), "\(stances)")
    }
}
