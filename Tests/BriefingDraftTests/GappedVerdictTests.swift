import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, a figure the ministry called “exaggerated.”": a verb of naming whose object is the claim
/// noun before its subject judges the clause before that noun with one word, doubting it
/// ("exaggerated", "outdated") or denying it ("baseless", "false"). Found among the lost dispute
/// sides of development set I; the sentences are invented.
extension DisputeFinderTests {
    @Test(arguments: [
        ("Harbor Watch said 40 fishing boats had been seized by the coast guard this year, a figure the ministry called \"exaggerated.\"",
         ["asserts Harbor Watch", "questions Ministry of Trade"]),
        ("Harbor Watch said the port fees had doubled since March, a claim Anna Berg called \"outdated\".",
         ["asserts Harbor Watch", "questions Anna Berg"]),
        ("Harbor Watch says the ministry hid the cost of the harbour works, a claim Anna Berg called \"baseless.\"",
         ["asserts Harbor Watch", "denies Anna Berg"]),
        ("Harbor Watch said Southland had shipped grain through the strait at night, an accusation Southland termed \"false\".",
         ["asserts Harbor Watch", "denies Southland"]),
        // Any word the accused gives a charge dismisses it (the Zambia probe, 2026-12-05).
        ("Harbor Watch said Southland had bought votes with bags of maize meal, an allegation Southland called \"desperate\".",
         ["asserts Harbor Watch", "denies Southland"]),
    ]) func aClaimNamedWithOneJudgingWordIsAnswered(_ probe: (String, [String])) throws {
        let dispute = try #require(disputes(probe.0).first)
        #expect(sides(dispute) == probe.1)
    }

    @Test func aNamingVerbWithoutAGappedClaimTakesNoSide() {
        // A name given, not a verdict: no one takes a side.
        #expect(disputes("The Ministry of Trade opened a new terminal, a project Anna Berg called \"Eastgate.\"").isEmpty)
        // A word that neither doubts nor denies ("historic") is no answer.
        let praise = disputes("Harbor Watch said the port had reopened on Monday, a move Anna Berg called \"historic.\"")
        #expect(!praise.flatMap(\.sides).contains { $0.actor == "Anna Berg" && $0.stance != .asserts })
        // A word that grants a charge weight does not dismiss it.
        let weighed = disputes("Harbor Watch said Southland had bought votes with maize meal, an allegation Anna Berg called \"serious\".")
        #expect(!weighed.flatMap(\.sides).contains { $0.actor == "Anna Berg" && $0.stance != .asserts })
        // Without the claim noun the naming verb's object is not gapped.
        #expect(!disputes("Anna Berg called Tomas Lind \"exaggerated\" in her speech.").flatMap(\.sides).contains { $0.stance == .questions })
    }
}

/// "a claim the migration agency called …" after "The National Migration Service said …": the
/// modifier of a state body's description is a word of the body's name, so it names that body,
/// not the latest outlet ("agency") nor an international body sharing the word. Found in set I.
@Suite struct ModifiedStateBodyTests {
    func sides(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).disputes.flatMap(\.sides).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func theMigrationAgencyIsTheBodyNamedForMigration() {
        let found = sides("""
            SANTIAGO, June 4 (Reuters) - Chile expelled 2,100 Venezuelans in May, the country's migration agency said on Tuesday.

            The National Migration Service said the figure was a record. "We are enforcing the law," its director Pablo Rivas told Radio Cooperativa.

            The International Organization for Migration said on Wednesday that it had counted 300 children among those expelled.

            The Chilean Chamber of Construction said in April that some building sites had slowed for lack of workers, a claim the migration agency called "exaggerated."
            """)
        #expect(found.contains("questions National Migration Service"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("Radio Cooperativa") || $0 == "questions International Organization for Migration" }, "\(found)")
    }

    @Test func anAgencyWithoutSuchAModifierIsLeftAsBefore() {
        // "the news agency" is an outlet's description: no state body is drawn in.
        let found = Drafter.draft("""
            BOGOTA, May 2 (Reuters) - The National Planning Department said inflation would ease. The news agency Colprensa said on Friday the figure was too low.
            """, published: nil)
        #expect(!found.disputes.flatMap(\.sides).contains { $0.actor == "National Planning Department" && $0.stance != .asserts })
    }
}
