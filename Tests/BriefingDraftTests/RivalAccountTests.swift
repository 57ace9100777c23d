import BriefingModel
@testable import BriefingDraft
import Testing

/// A rival account: "X gave a very different account" sets the subject's own account against
/// the claim before it, with no verb of denial. Found from the "no position" sides of held-out
/// set B; the sentences are invented, in several surface forms, and each test also checks what
/// the rule must leave alone.
extension DisputeFinderTests {
    @Test func aRivalAccountOnItsOwnDeniesTheClaimBeforeIt() throws {
        let found = disputes("""
            Harbor Watch said on Monday that guards had beaten three strikers at the port gate.

            Ministry spokesman Colonel Tomas Lind gave a very different account.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Tomas Lind"])
    }

    @Test func aRivalAccountWithItsReasonDeniesTheClaim() throws {
        let found = disputes("""
            Harbor Watch said on Monday that guards had beaten three strikers at the port gate.

            Northland offered a starkly different version of events, saying the strikers had attacked a guard.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Northland"])
    }

    @Test func aDifferentStoryToldDeniesTheClaim() throws {
        let found = disputes("""
            Harbor Watch said on Monday that guards had beaten three strikers at the port gate.

            Northland told a different story.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Northland"])
    }

    @Test func anAccountThatIsNotRivalTakesNoSide() {
        // "gave an account of", plural "different accounts", "a different route": no rival account.
        for second in [
            "Ministry spokesman Tomas Lind gave a detailed account of the meeting.",
            "Witnesses gave different accounts of the meeting.",
            "Northland offered a different route for the trucks.",
        ] {
            #expect(PositionFinder.rivalAccountCue(in: second) == nil, "\(second)")
        }
    }
}

extension PositionFinder {
    /// The first token of a one-paragraph text that reads as a rival account, for tests.
    static func rivalAccountCue(in paragraph: String) -> Int? {
        let fixture = MentionFixture(paragraph, DisputeFinderTests().actors)
        let text = AttributionText(text: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        return text.paragraphs[0].tokens.indices.first { isRivalAccount(0, $0, text: text) }
    }
}
