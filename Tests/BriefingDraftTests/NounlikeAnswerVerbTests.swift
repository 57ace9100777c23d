import BriefingModel
import Testing
@testable import BriefingDraft

/// "disputes" and "contests" after a capital standing for its government read as verbs when
/// the clause ends or an object follows ("…, which Kampala disputes."), and stay nouns before
/// a noun ("the Kampala disputes tribunal"). Passages are invented.
@Suite struct NounlikeAnswerVerbTests {
    func sides(_ line: String) -> [String] {
        let draft = Drafter.draft("Boats seized\n\nNAIROBI, June 2 (Reuters) - \(line)", published: nil)
        return draft.disputes.flatMap { $0.sides.map { "\($0.actor) \($0.stance.rawValue)" } }
    }

    @Test(arguments: [
        "Kenya said on Tuesday that Ugandan police had seized 40 of its fishing boats on Lake Victoria, which Kampala disputes.",
        "Kenya has accused Uganda of seizing its fishing boats on Lake Victoria, which Kampala disputes.",
    ])
    func theCapitalAnswers(line: String) {
        #expect(sides(line).contains("Uganda denies"), "\(sides(line))")
    }

    @Test func aNounUseMakesNoSide() {
        let line = "Kenya said on Tuesday that Ugandan police had seized 40 of its fishing boats.\n\nThe Kampala disputes tribunal will sit on Friday."
        #expect(!sides(line).contains { $0.hasPrefix("Uganda") }, "\(sides(line))")
    }
}
