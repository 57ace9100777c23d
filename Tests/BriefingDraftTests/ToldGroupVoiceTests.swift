import BriefingModel
import Testing
@testable import BriefingDraft

/// An unnamed group that tells ("Fishermen in the port of Joal told a very different story",
/// "Residents told reporters …") holds a view as one that says does; one that is told ("were
/// told to leave") holds none. Found with probe gd-2; the passages are invented.
@Suite struct ToldGroupVoiceTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    @Test func fishermenTellingARivalStoryHoldTheOtherSide() {
        let result = draft("""
            DAKAR, July 15 (Reuters) - Senegal's fisheries ministry said on Tuesday that a three-month ban on industrial trawling had let sardine stocks recover and had not hurt small-scale fishermen.

            Fishermen in the port of Joal told a very different story, saying their catches had fallen by half since the ban began.
            """)
        let sides = result.disputes.flatMap(\.sides)
        #expect(sides.contains { $0.actor == "Fishermen" && $0.stance == .denies }, "\(sides.map { "\($0.stance.rawValue) \($0.actor)" })")
    }

    @Test(arguments: [
        "Analysts told reporters the ministry's figures were wrong.",
        "Critics tell a different story about the ban.",
    ])
    func aGroupThatTellsIsAVoice(_ sentence: String) {
        let names = draft("The ministry said the ban had worked. " + sentence).actors.map(\.name)
        #expect(names.contains { ["Analysts", "Critics"].contains($0) }, "\(names)")
    }

    @Test func aGroupThatIsToldIsNoVoice() {
        let names = draft("The ministry said the ban had worked. Critics were told to wait for the report.").actors.map(\.name)
        #expect(!names.contains("Critics"), "\(names)")
    }
}
