import BriefingModel
import Testing
@testable import BriefingDraft

/// "The WHO was less confident. Its country representative, Dr. Moussa Kone, said …": a short
/// sentence saying an actor is less sure frames the doubt of the speaker after it. Found on
/// development set J; the passages are invented.
@Suite struct FramedDoubtTests {
    @Test func lessConfidentFramesTheNextSpeakersDoubt() {
        let result = Drafter.draft("""
            JAKARTA, Feb 9 (Reuters) - Indonesia's health minister said on Monday that the dengue outbreak in West Java was under control and that hospital admissions had peaked.

            The World Health Organization was less confident. Its regional adviser, Dr. Maria Santos, said new cases were still rising in three districts and that testing there was "patchy."
            """, published: nil)
        #expect(result.sideLabels.contains("questions Maria Santos"), "\(result.sideLabels)")
    }

    @Test(arguments: [
        "The World Health Organization was less confident.",
        "The World Health Organization was not so sure.",
        "The World Health Organization was far more cautious.",
        "Aid groups were more sceptical.",
    ])
    func aShortSentenceOfLessenedCertaintyFramesDoubt(_ sentence: String) {
        #expect(PositionFinder.framesDoubt(sentence.lowercased().split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }))
    }

    @Test(arguments: [
        "Households were less confident about their finances in December, a survey by the statistics office showed.",
        "The World Health Organization was confident.",
        "The minister was more confident than ever.",
        "Officials were sure the dam would hold.",
    ])
    func noFramedDoubtInLongOrCertainSentences(_ sentence: String) {
        #expect(!PositionFinder.framesDoubt(sentence.lowercased().split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }))
    }

    @Test func aCountryRepresentativeSpeaksForTheAgency() {
        let result = Drafter.draft("""
            The ministry said the cholera outbreak in Beira had peaked. UNICEF was less confident. Its country representative, Dr. Ana Lopes, said cases were still rising in two districts.
            """, published: nil)
        #expect(result.actors.first { $0.name == "Ana Lopes" }?.affiliation == "UNICEF", "\(result.actors.map { "\($0.name) of \($0.affiliation ?? "-")" })")
    }

    @Test func theFramedActorIsNotWhomTheDoubtAnswers() {
        let result = Drafter.draft("""
            NAIROBI, May 2 (Reuters) - Kenya's health minister said the cholera outbreak in Mombasa was contained. The World Health Organization warned that cases could spread to Nairobi.

            The World Health Organization was less confident. Its country representative, Dr. Paul Otieno, said new cases were still being found in two districts and that contact tracing was "incomplete."
            """, published: nil)
        let doubts = result.disputes.filter { $0.sides.contains { $0.actor == "Paul Otieno" && $0.stance == .questions } }
        #expect(!doubts.isEmpty && doubts.allSatisfy { !$0.sides.contains { $0.actor == "World Health Organization" && $0.stance == .asserts } }, "\(result.disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } })")
    }
}
