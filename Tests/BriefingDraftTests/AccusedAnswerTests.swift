import BriefingModel
@testable import BriefingDraft
import Testing

/// The actor an accusation names answers it with an account of its own, without a word of
/// denial: it denies the charge, or doubts it when it hedges. Found by sorting the "wrong
/// stance" and "opponent lost" sides of tune sets C, D and G (the object of "accused X of"
/// speaking next); the sentences are invented, and each test checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func theAccusedGivingItsOwnAccountDeniesTheCharge() throws {
        let found = disputes("""
            Harbor Watch accused Southland of blocking the channel with wrecks.
            Southland said the wrecks had drifted into the channel during a storm.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Southland"])
    }

    @Test func theAccusedsSpokesmanHedgingDoubtsTheCharge() throws {
        let found = disputes("""
            Harbor Watch accused the ministry of hiding the real cost of the harbour works.

            Ministry spokesman Tomas Lind said the cost of the works could still change.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "questions Tomas Lind"])
    }

    @Test func aBodyAccusedByTheHeadNounOfItsNameAnswers() throws {
        let fixture = MentionFixture("""
            Harbor Watch accused police of detaining its observers to keep them from the trial.

            Harbour Police said the two observers were held after a fight at a bar.
            """, actors + [organization("Harbour Police")])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Harbour Police"])
    }

    @Test func anActorAnAccusationDoesNotAccuseTakesNoSide() {
        // Named, but not the accused: the victim of the charge tells what happened to it.
        #expect(disputes("""
            Harbor Watch accused Southland of attacking a Northland trawler.
            Northland said the trawler had been damaged in the attack.
            """).isEmpty)
        // The accused speaking far away, on something else.
        #expect(disputes("""
            Harbor Watch accused Southland of blocking the channel with wrecks.

            The port reopened on Monday.

            Ships waited outside for days.

            Dredgers arrived from the north.

            Southland said its budget for schools would rise next year.
            """).isEmpty)
    }
}
