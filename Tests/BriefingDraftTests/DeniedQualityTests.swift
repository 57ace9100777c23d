@testable import BriefingDraft
import BriefingModel
import Testing

/// The quality a claim gives a thing said to be absent from it ("there is nothing political
/// about an unpaid invoice") rejects the claim; "nothing" that only knows or tells nothing does
/// not. Every sentence invented.
@Suite struct DeniedQualityTests {
    /// Each sentence with whether it rejects a quality.
    @Test(arguments: [
        ("there is nothing political about an unpaid invoice", true),
        ("\u{201C}There was nothing secret about the payments,\u{201D} the minister said", true),
        ("the ministry said there was nothing unusual about the timing of the tender", true),
        ("there's nothing sinister about a routine naval exercise", true),
        ("we know nothing about the contract", false),
        ("the ministry said nothing about the talks in Doha", false),
        ("there is nothing new about the proposal", false),
        ("there was nothing more about the deal in the statement", false),
    ])
    func readsAnAbsentQuality(_ sentence: String, _ rejects: Bool) {
        #expect(PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(sentence)) == rejects, "\(sentence)")
    }

    @Test func answersTheClaim() {
        let draft = Drafter.draft("""
            TEGUCIGALPA, Feb 3 (AP) — Honduras accused El Salvador on Monday of holding back hundreds of Honduran lorries at the border crossing at El Amatillo for political reasons.

            "There is nothing political about a missing customs form," Salvadoran customs director Rafael Duarte told reporters.
            """, published: nil)
        let sides = draft.disputes.flatMap { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        #expect(sides.contains("denies Rafael Duarte"), "\(sides)")
    }
}
