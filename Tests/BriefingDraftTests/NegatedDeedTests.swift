@testable import BriefingDraft
import BriefingModel
import Testing

/// A statement that opens with "no", a subject of up to four words and a past-tense verb of its
/// own ("No complaint about this school reached the council") denies that it happened; "No
/// armed men …" (the "-ed" word is the subject's own), "No country is immune", "No doubt …"
/// and a "no" inside the statement do not. Every sentence invented.
@Suite struct NegatedDeedTests {
    @Test(arguments: [
        ("\u{201C}No complaint about this school reached the council, in writing or otherwise,\u{201D} the deputy mayor said", true),
        ("\u{201C}No fuel from the tanker escaped into the bay,\u{201D} the port captain said", true),
        ("\u{201C}No letter reached our office,\u{201D} the spokeswoman said", true),
        ("\u{201C}No armed men are in the village,\u{201D} the governor said", false),
        ("\u{201C}No country is immune to floods,\u{201D} the minister said", false),
        ("\u{201C}No doubt the army crossed the line,\u{201D} the mayor said", false),
        ("\u{201C}No one hundred people could fit there,\u{201D} the mayor said", false),
        ("the mayor said the council received no complaint and acted alone", false),
    ])
    func readsANegatedDeed(_ sentence: String, _ denies: Bool) {
        let lowers = IdiomStanceTests.lowers(sentence)
        let found = lowers.indices.contains { PositionFinder.opensWithNegativeSubject(lowers, at: $0) }
        #expect(found == denies, "\(sentence)")
    }

    @Test func deniesInAQuote() {
        let raw = """
            Parents in Vardo said they had written to the city's education office in March about spoiled meals.

            \u{201C}No letter about the kitchen reached the education office,\u{201D} deputy mayor Teodor Ruka said.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Teodor Ruka" }.map(\.stance.rawValue)
        #expect(stances == ["denies"], "\(stances)")
    }

    @Test func leavesAnArmedSubjectAlone() {
        let raw = """
            Parents in Vardo said they had written to the city's education office in March about spoiled meals.

            \u{201C}No armed guards stood at the school gate that week,\u{201D} deputy mayor Teodor Ruka said.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Teodor Ruka" }.map(\.stance.rawValue)
        #expect(!stances.contains("denies"), "\(stances)")
    }
}
