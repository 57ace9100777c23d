import BriefingModel
@testable import BriefingDraft
import Testing

/// A quoted voice backing a claim in words of its own, right next to the dispute, joins it
/// as a side (`Disputes/StrayAssertions.swift`); a voice far from it, of the answering camp,
/// reported in the writer's words, or a news outlet's own report stays out. Found by sorting
/// the sides read right but left in no dispute (`briefing-eval --sides`, "unpaired") on the
/// development sets; the sentences are invented.
@Suite struct StrayAssertionTests {
    let actors = [
        organization("Chile", kind: .country),
        organization("Peru", kind: .country),
        organization("Steelworkers Federation", "the federation"),
        DraftActor(name: "Peruvian Trade Ministry", kind: .organization, affiliation: "Peru", aliases: ["the trade ministry"]),
        organization("Andes Courier", kind: .media),
    ]

    func sides(_ raw: String) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    static let dispute = """
        Chile accused Peru on Monday of dumping cheap steel on its market.

        Peru rejected the allegations.
        """

    @Test func aVoiceInTheNextParagraphBacksTheClaim() throws {
        let found = sides(Self.dispute + "\n\n\u{201C}Three mills have closed since March,\u{201D} the Steelworkers Federation said.")
        let dispute = try #require(found.first, "\(found)")
        #expect(dispute.contains("asserts Chile"))
        #expect(dispute.contains("denies Peru"))
        #expect(dispute.contains("asserts Steelworkers Federation"), "\(found)")
    }

    @Test func aVoiceFarFromTheDisputeStaysOut() throws {
        let found = sides(Self.dispute + """


            Trade between the two countries reached a record last year.

            Most of it passed through the northern ports.

            \u{201C}Three mills have closed since March,\u{201D} the Steelworkers Federation said.
            """)
        #expect(found.first?.contains("denies Peru") == true, "\(found)")
        #expect(!found.flatMap { $0 }.contains("asserts Steelworkers Federation"), "\(found)")
    }

    /// The answering camp's own account, a remark in the writer's words, and a news outlet's
    /// report, each right beside the dispute.
    @Test(arguments: [
        ("\u{201C}Three mills have reopened since March,\u{201D} the Peruvian Trade Ministry said.", "Peruvian Trade Ministry"),
        ("The Steelworkers Federation said three mills had closed since March.", "Steelworkers Federation"),
        ("\u{201C}Three mills have closed since March,\u{201D} the Andes Courier said.", "Andes Courier"),
    ]) func aVoiceThatIsNoStrayAssertionStaysOut(_ probe: (String, String)) throws {
        let found = sides(Self.dispute + "\n\n" + probe.0)
        #expect(found.first?.contains("denies Peru") == true, "\(found)")
        #expect(!found.flatMap { $0 }.contains("asserts \(probe.1)"), "\(found)")
    }
}
