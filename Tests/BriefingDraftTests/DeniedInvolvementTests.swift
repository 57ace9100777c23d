import BriefingModel
@testable import BriefingDraft
import Testing

/// A reported clause that gives someone no part in what happened denies it, whoever its subject
/// ("the official had no role in the purchase"), as "nothing to do with" does, also with "“nothing
/// whatsoever”" between (`DeniedLinks`). A lack said with "no" ("had no water") denies nothing.
/// Invented wire copy.
@Suite struct DeniedInvolvementTests {
    static let actors = [
        organization("Harbor Watch"),
        organization("Norland Port Authority", "the port authority"),
        organization("Norland Police", "police"),
        DraftActor(name: "Jan Berg", kind: .person, role: "lawyer", aliases: ["Berg"]),
        organization("Villagers", kind: .other),
    ]

    func denies(_ denier: String, _ raw: String) -> Bool {
        deniesAnAssertion(denier, in: raw, actors: Self.actors)
    }

    @Test func noRoleInThePurchaseDenies() {
        #expect(denies("Norland Port Authority", """
            Harbor Watch said the deputy harbour master had steered the dredging contract to his cousin's firm.

            The Norland Port Authority said the deputy harbour master had no role in the purchase and had declared the relationship in writing.
            """))
    }

    @Test func nothingWhatsoeverToDoWithDenies() {
        #expect(denies("Jan Berg", """
            Norland Police said two brothers from Elbasan had cut the cables that caused the blackout.

            A lawyer for the two men, Jan Berg, said his clients had been at a family wedding and had “nothing whatsoever” to do with the blackout.
            """))
    }

    @Test func aLackIsNoDenial() {
        // Must-not: "had no water" says what the villagers lacked, not that the charge is false.
        #expect(!denies("Villagers", """
            The port authority said the harbour pumps had supplied the villages all week.

            Villagers said they had no water in their homes for three days after the pumps stopped.
            """))
    }
}
