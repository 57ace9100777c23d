import BriefingModel
import Testing
@testable import BriefingDraft

/// "Lars Berg, a businessman accused of fraud, appeared in court": an apposition whose title a
/// participle phrase completes names a person (ParticipleApposition.swift). Invented text.
@Suite struct ParticipleAppositionTests: NameProbing {
    @Test(arguments: [
        "Lars Berg, a businessman accused of fraud, appeared in court on Monday. \"I trust the court,\" Berg told reporters.",
        "Lars Berg, a lawyer based in Bergen, appeared in court on Monday. \"I trust the court,\" Berg told reporters.",
    ]) func theNameBesideTheTitleIsAPerson(_ raw: String) {
        #expect(draftedActor(raw, "Lars Berg")?.kind == .person)
        #expect(Drafter.draft(raw, published: nil).quotes.first?.speaker == "Lars Berg")
    }

    @Test func aPersonInsideThePhraseKeepsTheOlderReading() {
        // Must-not: "accused by Tom Haug" names another person inside the phrase; no role is read from it.
        let raw = "Lars Berg, a businessman accused by Tom Haug of fraud, appeared in court on Monday."
        #expect(draftedActor(raw, "Lars Berg")?.role == nil)
    }
}
