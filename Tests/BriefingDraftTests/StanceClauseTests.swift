import BriefingModel
@testable import BriefingDraft
import Testing

/// Stance rules of clause structure found on the miss lists of held-out sets B to D and G:
/// a verb and its noun of doubt, the charge of an accusation, and a relative clause whose
/// object is the claim before it. The sentences are invented; each test also checks what the
/// rule must leave alone.
extension DisputeFinderTests {
    @Test func castingDoubtQuestions() {
        let found = disputes("""
            Northland said on Tuesday that the new dam would be finished by 2027.
            Harbor Watch, a monitoring group, also cast doubt on the dam's completion date.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "questions Harbor Watch"])
        #expect(stances("Harbor Watch raised questions about the count on Monday.") == ["questions Harbor Watch"])
        // "raised prices" and "cast a vote" take no side.
        #expect(stances("Harbor Watch raised prices on Monday.").isEmpty)
        #expect(stances("Harbor Watch cast a vote on Monday.").isEmpty)
    }

    @Test func theChargeOfAnAccusationIsNoDenial() {
        #expect(stances("Northland accused Southland of spreading disinformation about the dam.") == ["asserts Northland"])
        // Said of a claim, the same word still denies.
        #expect(stances("Southland said the report was disinformation.") == ["denies Southland"])
    }

    @Test func aRelativeWhoseObjectIsTheClaimDeniesTheClauseBeforeIt() throws {
        let found = disputes("Northland has accused Southland of planting malware in its rail network, claims Southland has always rejected.")
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Southland"])
        let denial = try #require(dispute.sides.first { $0.stance == .denies })
        #expect(denial.statement.contains("planting malware"))
        // Without a claim noun after the comma the clause before is not its object.
        let bare = positions("Northland said the dam was unsafe, but Southland denied.")
        #expect(!bare.contains { $0.actor == "Southland" && $0.statement.hasPrefix("Northland") })
    }
}

extension DisputeFinderTests {
    /// A count right after the verb is the statement's first word, not a date to pass over.
    @Test func aNumberAfterTheVerbStaysInTheStatement() throws {
        let counted = try #require(positions("Harbor Watch said 38 people had been buried in the town.").first)
        #expect(counted.statement.hasPrefix("38 people"))
        let dated = try #require(positions("Harbor Watch said on Sept. 5 that the dam was unsafe.").first)
        #expect(!dated.statement.contains("5"))
    }
}

/// Doubt and denial in the words of a statement: "were not confirmed", "no such meeting".
extension DisputeFinderTests {
    @Test func whatWasNotConfirmedIsDoubted() {
        #expect(PositionFinder.containsDoubt(["the", "figures", "were", "not", "confirmed"]))
        #expect(PositionFinder.containsDoubt(["the", "claim", "could", "not", "be", "independently", "verified"]))
        #expect(PositionFinder.containsDoubt(["the", "unconfirmed", "reports"]))
        // Confirmed without a negation takes no side.
        #expect(!PositionFinder.containsDoubt(["the", "ministry", "confirmed", "the", "figures"]))
    }

    @Test func noSuchThingDenies() {
        #expect(PositionFinder.containsDenial(["no", "such", "meeting", "had", "been", "agreed"]))
        #expect(!PositionFinder.containsDenial(["no", "meeting", "is", "planned", "for", "such", "talks"]))
    }
}

/// A measure or finding that its speaker will fight: "would challenge", "plans to appeal against".
extension DisputeFinderTests {
    @Test func sayingItWillChallengeDenies() {
        #expect(PositionFinder.containsDenial(["the", "defence", "would", "challenge", "the", "way", "the", "sample", "was", "handled"]))
        #expect(PositionFinder.containsDenial(["the", "charity", "would", "appeal", "against", "the", "detention"]))
        #expect(PositionFinder.containsDenial(["it", "will", "formally", "contest", "the", "result"]))
        // A challenge as a noun, or an appeal to someone, is none.
        #expect(!PositionFinder.containsDenial(["the", "challenge", "is", "to", "rebuild", "the", "port"]))
        #expect(!PositionFinder.containsDenial(["leaders", "went", "to", "appeal", "to", "voters"]))
    }
}

/// A participle of saying inside what another verb reports is an act, not an attribution.
extension DisputeFinderTests {
    @Test func aParticipleInsideAReportedClauseIsNoNewSpeaker() throws {
        let fixture = MentionFixture("""
            A spokesman for Harbor Watch insisted that Southland had known about the leak before reporting it and that "a broken pipe is no excuse".
            """, actors)
        let found = QuoteFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(found.first?.speaker == "Harbor Watch")
        // Outside a reported clause, "after saying" still attributes: "…, Berg said after saying …".
        #expect(stances("Anna Berg left the talks after saying the offer was fair.").contains("asserts Anna Berg"))
    }
}

/// "Harbor Watch and several academic studies have rejected that": the named first part of a
/// coordinated subject speaks when the second names no actor.
extension DisputeFinderTests {
    @Test func theNamedPartOfACoordinatedSubjectSpeaks() {
        #expect(stances("Harbor Watch and several academic studies have rejected that argument.") == ["denies Harbor Watch"])
        // A possessive first part is no subject: "Southland's navy and coast guard denied it".
        #expect(!stances("Southland's navy and coast guard denied it.").contains("denies Southland"))
    }
}
