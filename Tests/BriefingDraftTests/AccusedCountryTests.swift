import BriefingModel
import Testing
@testable import BriefingDraft

/// A country that is the object of a verb of speech ("Kenya has accused Uganda of …") is a
/// party to the claim, so it is an actor and can answer it ("…, which Kampala denies").
/// Passages are invented.
@Suite struct AccusedCountryTests: NameProbing {
    @Test(arguments: [
        ("Kenya has accused Uganda of seizing its fishing boats on Lake Victoria.", "Uganda"),
        ("Sudan blamed Chad for the attack on the border post.", "Chad"),
        ("Zambia urged Malawi to reopen the border crossing.", "Malawi"),
    ])
    func theCountrySpokenOfIsAnActor(line: String, country: String) {
        let result = find("NAIROBI, June 2 (Reuters) - \(line)\n\nThe ministry gave no details.")
        #expect(actor(result, country)?.kind == .country, "\(names(result))")
    }

    @Test(arguments: [
        "A ferry from Uganda arrived in Kisumu on Monday.",
        "The minister said fishermen had crossed into Uganda.",
    ])
    func aCountryNamedAsAPlaceIsNot(line: String) {
        let result = find("NAIROBI, June 2 (Reuters) - Kenya's fisheries ministry said on Tuesday the lake was overfished.\n\n\(line)")
        #expect(actor(result, "Uganda") == nil, "\(names(result))")
    }

    @Test func theAccusedCountryAnswersThroughItsCapital() {
        let draft = Drafter.draft("""
            Boats seized

            NAIROBI, June 2 (Reuters) - Kenya has accused Uganda of seizing its fishing boats on Lake Victoria, which Kampala denies.
            """, published: nil)
        let sides = draft.disputes.flatMap { $0.sides.map { "\($0.actor) \($0.stance.rawValue)" } }
        #expect(sides.contains("Uganda denies"), "\(sides)")
    }
}
