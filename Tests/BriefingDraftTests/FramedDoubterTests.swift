import BriefingModel
import Testing
@testable import BriefingDraft

/// "The WHO was less confident. Its country representative … said …": the framing sentence is
/// the body's own side, in that sentence, besides the doubt of the speaker it introduces.
/// Found by probing invented text (development set J had the form); the passages are invented.
@Suite struct FramedDoubterTests {
    func sides(_ raw: String) -> [DraftSide] {
        Drafter.positions(in: TextSplitter.split(raw))
    }

    @Test func theFramedBodyDoubtsInItsOwnSentence() {
        let found = sides("""
            NAIROBI, May 2 (Reuters) - Kenya's health minister said on Monday that the cholera outbreak in Mombasa was under control.

            The World Health Organization was less confident. Its country representative, Dr. Paul Otieno, said new cases were still being found in two districts.
            """)
        let body = found.first { $0.actor == "World Health Organization" }
        let speaker = found.first { $0.actor == "Paul Otieno" }
        #expect(body?.stance == .questions && speaker?.stance == .questions, "\(found.map { "\($0.stance.rawValue) \($0.actor)" })")
        #expect(body.flatMap { $0.source.sentence }.map { $0 + 1 } == speaker?.source.sentence, "\(found.map { "\($0.actor) \($0.source)" })")
    }

    @Test func aPronounOrTheSpeakerItselfGivesNoSecondSide() {
        let found = sides("""
            Kenya's labour ministry said the fine would be collected within a month.

            The Federation of Kenya Employers was less confident. It said the ministry had never collected such a fine.
            """)
        #expect(found.filter { $0.actor == "Federation of Kenya Employers" }.count == 1, "\(found.map { "\($0.stance.rawValue) \($0.actor)" })")
    }

    @Test func aLongerSentenceOfLessenedConfidenceFramesNothing() {
        let found = sides("""
            Kenya's central bank said inflation would ease this year.

            Households were less confident about their finances in December than in any month since 2020, a survey by the statistics office showed. Economist Jane Wambui said prices were still rising.
            """)
        #expect(!found.contains { $0.stance == .questions }, "\(found.map { "\($0.stance.rawValue) \($0.actor)" })")
    }
}
