@testable import BriefingDraft
import BriefingModel
import Testing

/// "The Tana River Alliance, a group that has opposed the dam since it was planned, said …": the
/// opposition in the description of the speaker makes no denial of what it says; "said that it
/// opposed the plan" does. "there was no room left" tells a shortage, "there was no warning"
/// still denies. Every sentence invented.
@Suite struct DescribedSpeakerTests {
    @Test(arguments: [
        ("The Tana River Alliance, a group that has opposed the dam since it was planned, said the reservoir had been kept too full", false),
        ("The Osk Farmers Union, which opposes the canal, said water had been diverted in May", false),
        ("The alliance said that it opposed the dam and always would", true),
        ("\u{201C}We oppose this dam,\u{201D} the alliance said", true),
        ("the mayor said the report was baseless", true),
        ("\u{201C}When the rain came there was no room left,\u{201D} she said", false),
        ("\u{201C}There was no warning, nothing,\u{201D} she said", true),
    ])
    func readsTheDescription(_ sentence: String, _ denies: Bool) {
        let lowers = IdiomStanceTests.lowers(sentence)
        #expect(PositionFinder.containsDenial(lowers) == denies, "\(sentence)")
    }

    @Test func aDescribedCampaignerAsserts() {
        let raw = """
            The Tana River Alliance, a group that has opposed the dam since it was planned, said the reservoir had been kept above its permitted level all summer.

            Kessa Power denied that the reservoir had ever exceeded its permitted level.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Tana River Alliance" }.map(\.stance.rawValue)
        #expect(stances == ["asserts"], "\(stances)")
    }
}
