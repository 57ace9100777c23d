import BriefingModel
@testable import BriefingDraft
import Testing

/// A charge of inaction ("did nothing with it", "sat on the report") answered by the one charged
/// dating what it did ("within two weeks", "in October") is a dispute (`InactionCharges`), with
/// no word of denial and no word shared with the charge. Invented wire copy; half the cases
/// check what the rule must leave alone.
@Suite struct InactionChargeTests {
    static let actors = [
        organization("Norland", kind: .country),
        DraftActor(name: "Norland Health Ministry", kind: .organization, affiliation: "Norland", aliases: ["Health Ministry", "the ministry"]),
        DraftActor(name: "Tomas Lind", kind: .person, role: "secretary-general", affiliation: "Norland Health Ministry", aliases: ["Lind"]),
        DraftActor(name: "Jan Berg", kind: .person, role: "lawmaker", affiliation: "Green Left", aliases: ["Berg"]),
        organization("Green Left"),
        organization("Farmers Union"),
        organization("Harbor Watch"),
        organization("Keller Mining"),
    ]

    func answered(_ raw: String, by denier: String) -> Bool {
        deniesAnAssertion(denier, in: raw, actors: Self.actors)
    }

    // MARK: Read

    @Test func aMinistryDatingItsActionAnswersDidNothing() {
        #expect(answered("""
            Jan Berg, a Green Left lawmaker, said the Health Ministry had the inspectors' warning on its desk for a year and did nothing with it.

            The Health Ministry said the inspectors' findings had been forwarded to every hospital within two weeks.
            """, by: "Norland Health Ministry"))
    }

    @Test func theMinistryAnswersForItsMinister() {
        #expect(answered("""
            “The minister knew in the spring and he did nothing,” said Jan Berg, a Green Left lawmaker.

            The Health Ministry said the first written complaint from the nurses reached it in October.
            """, by: "Norland Health Ministry"))
    }

    @Test func theMinistrysOfficialAnswersSatOn() {
        #expect(answered("""
            Jan Berg, a Green Left lawmaker, said the ministry had sat on the audit of the country's blood banks.

            The ministry's secretary-general, Tomas Lind, said the audit had been sent to the blood banks the same week.
            """, by: "Tomas Lind"))
    }

    // MARK: Left alone

    @Test func anotherBodyDatingItsOwnAccountIsNoAnswer() {
        #expect(!answered("""
            Jan Berg, a Green Left lawmaker, said the Health Ministry had the inspectors' warning on its desk for a year and did nothing with it.

            The Farmers Union said its members had sold the harvest within two weeks.
            """, by: "Farmers Union"))
    }

    @Test func aConcedingAccountIsNoAnswer() {
        #expect(!answered("""
            Jan Berg, a Green Left lawmaker, said the Health Ministry had the inspectors' warning on its desk for a year and did nothing with it.

            The Health Ministry acknowledged that the warning had reached it in October.
            """, by: "Norland Health Ministry"))
    }

    @Test func theWordsOfInactionAndOfDate() {
        #expect(DisputeFinder.chargesInaction("the ministry sat on the report"))
        #expect(DisputeFinder.chargesInaction("he did nothing"))
        #expect(DisputeFinder.chargesInaction("officials failed to act on the warnings"))
        #expect(!DisputeFinder.chargesInaction("the ministry sat down with the union"))
        #expect(!DisputeFinder.chargesInaction("nothing had been decided"))
        #expect(DisputeFinder.datesItsAccount("the complaint reached it in January"))
        #expect(DisputeFinder.datesItsAccount("it was sent within a month"))
        #expect(!DisputeFinder.datesItsAccount("you may ask for the files"))
        #expect(!DisputeFinder.datesItsAccount("the report was sent to the hospitals"))
    }

    // MARK: A word of inquiry that is the charge's own matter concedes nothing

    @Test func anInquiryTheChargeNamesIsNoConcession() {
        #expect(answered("""
            Harbor Watch accused Keller Mining of shredding its safety logs to keep them from investigators.

            Keller Mining said the logs had been archived under a 2019 policy and had nothing to do with the investigation.
            """, by: "Keller Mining"))
    }

    @Test func cooperatingWithAnInquiryStillConcedes() {
        #expect(!answered("""
            Harbor Watch accused Keller Mining of dumping waste in the bay.

            Keller Mining said it was cooperating with the investigation into the waste in the bay.
            """, by: "Keller Mining"))
    }

    @Test func anInquiryTheChargeDoesNotNameStillConcedes() {
        #expect(!answered("""
            Harbor Watch accused Keller Mining of dumping waste in the bay.

            Keller Mining said an investigation into the waste in the bay had begun.
            """, by: "Keller Mining"))
    }
}
