import BriefingModel
@testable import BriefingDraft
import Testing

/// A ruling or a finding about a party is answered by that party's denial on the same subject
/// said next to it, even when the denial's pointing word ("accusations") sent it to an older
/// claim. Found by sorting the "in no dispute" and "unpaired" sides of the development sets
/// (a court's ruling left alone beside the ruled party's denial); the sentences are invented,
/// and each must-not case checks what the rule must leave alone.
@Suite struct AnsweredFindingTests {
    static let actors = [
        organization("Northland", "Nordia", kind: .country),
        organization("Southland", "Southport", kind: .country),
        organization("Regional Court of Rights", "the court"),
        organization("Border Watch Agency", "the agency"),
        organization("Harbor Watch"),
    ]

    static func disputes(_ raw: String) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions).map { dispute in
            dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" }
        }
    }

    static let older = "The Border Watch Agency said it was gathering information from the islands and would report to its board.\n\n"

    @Test func aDenialBeforeARulingAboutTheDenierAnswersTheRuling() {
        let found = Self.disputes(Self.older + """
            Southland has rejected accusations of pushbacks for years.

            The Regional Court of Rights ruled in March that Southland had carried out systematic pushbacks and ordered it to pay compensation to a fisherman.
            """)
        #expect(found.contains(["asserts Regional Court of Rights", "denies Southland"]), "\(found)")
    }

    @Test func aDenialAfterAFindingAboutTheDenierAnswersTheFinding() {
        let found = Self.disputes(Self.older + """
            The Regional Court of Rights found that Southland had detained fishermen without charge for weeks.

            Southland denied detaining anyone without charge.
            """)
        #expect(found.contains { $0.contains("asserts Regional Court of Rights") && $0.contains("denies Southland") }, "\(found)")
    }

    @Test func aRulingAboutAnotherPartyIsNotAnsweredByTheDenier() {
        let found = Self.disputes(Self.older + """
            Southland has rejected accusations of pushbacks for years.

            The Regional Court of Rights ruled in March that Northland had carried out systematic pushbacks and ordered it to pay compensation to a fisherman.
            """)
        #expect(!found.contains { $0.contains("asserts Regional Court of Rights") && $0.contains("denies Southland") }, "\(found)")
    }

    @Test func aRulingOnAnotherSubjectIsNotAnsweredByTheDenier() {
        let found = Self.disputes(Self.older + """
            Southland has rejected accusations of pushbacks for years.

            The Regional Court of Rights ruled in March that Southland must reopen the fishing harbour to foreign trawlers.
            """)
        #expect(!found.contains { $0.contains("asserts Regional Court of Rights") && $0.contains("denies Southland") }, "\(found)")
    }

    @Test func aRulingFarFromTheDenialIsNotAnsweredByIt() {
        let found = Self.disputes(Self.older + """
            Southland has rejected accusations of pushbacks for years.

            Fishing boats stayed in port on Monday.

            The weather improved on Tuesday.

            The Regional Court of Rights ruled in March that Southland had carried out systematic pushbacks and ordered it to pay compensation to a fisherman.
            """)
        #expect(!found.contains { $0.contains("asserts Regional Court of Rights") && $0.contains("denies Southland") }, "\(found)")
    }
}
