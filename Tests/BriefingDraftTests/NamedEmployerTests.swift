import BriefingModel
@testable import BriefingDraft
import Testing

/// A speaker with no drafted affiliation whose own sentence names the claimant ("a researcher
/// at Harbor Watch"), asserting on the claim's subject next to it, holds the claim's side.
/// Found by sorting the "in no dispute" sides of the development sets; the sentences are
/// invented, and each must-not case checks what the rule must leave alone.
@Suite struct NamedEmployerTests {
    static let actors = [
        organization("Southland", "Southport", kind: .country),
        organization("Harbor Watch"),
        organization("Ministry of Labour", "the ministry"),
        DraftActor(name: "Mara Holt", kind: .person, role: "researcher", aliases: ["Holt"]),
        DraftActor(name: "Ivo Brand", kind: .person, role: "welder", aliases: ["Brand"]),
    ]

    static func disputes(_ raw: String) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions).map { dispute in
            dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" }
        }
    }

    @Test func aSpeakerDescribedByTheClaimantHoldsTheClaim() {
        let found = Self.disputes("""
            Harbor Watch said at least 40 dock workers had died from heat since the start of June.

            "The heat is killing men in plain sight," said Mara Holt, a researcher at Harbor Watch.

            The Ministry of Labour denied that any dock worker had died from heat.
            """)
        #expect(found.contains { $0.contains("asserts Harbor Watch") && $0.contains("asserts Mara Holt") && $0.contains("denies Ministry of Labour") }, "\(found)")
    }

    /// A bystander's quoted remark right beside the dispute joins the claim's side too, by
    /// another rule (StrayAssertions): this rule's own must-not cases are the two below (another
    /// subject, or far from the claim), where that rule does not reach.
    @Test func aQuotedBystanderBesideTheDisputeJoinsAsAVoice() {
        let found = Self.disputes("""
            Harbor Watch said at least 40 dock workers had died from heat since the start of June.

            "The heat is killing men in plain sight," said Mara Holt, a researcher in Southport.

            The Ministry of Labour denied that any dock worker had died from heat.
            """)
        #expect(found.contains { $0.contains("asserts Harbor Watch") && $0.contains("asserts Mara Holt") && $0.contains("denies Ministry of Labour") }, "\(found)")
    }

    @Test func aSpeakerNamingTheClaimantOnAnotherSubjectStaysOut() {
        let found = Self.disputes("""
            Harbor Watch said at least 40 dock workers had died from heat since the start of June.

            Ivo Brand, who once led Harbor Watch, said the budget for schools would rise next spring.

            The Ministry of Labour denied that any dock worker had died from heat.
            """)
        #expect(!found.contains { $0.contains("asserts Ivo Brand") }, "\(found)")
    }

    @Test func aSpeakerNamingTheClaimantFarFromTheClaimStaysOut() {
        let found = Self.disputes("""
            Harbor Watch said at least 40 dock workers had died from heat since the start of June.

            The Ministry of Labour denied that any dock worker had died from heat.

            Ships waited outside the port for days.

            Cranes stood idle on Tuesday.

            "The heat is killing men in plain sight," said Mara Holt, a researcher at Harbor Watch.
            """)
        #expect(!found.contains { $0.contains("asserts Mara Holt") }, "\(found)")
    }
}
