import BriefingModel
@testable import BriefingDraft
import Testing

/// How an answer shows its stance and what it answers, found by sorting the dispute misses of
/// held-out sets B, C, D, G and I by cause: a correction ("…, not the strike"), a finding of
/// absence ("found no … involved") and "such", which points back to something said before.
/// The sentences are invented; each test also checks what the rule must leave alone.
extension DisputeFinderTests {
    @Test func aCorrectionSetOffByACommaDenies() {
        #expect(PositionFinder.containsDenial(["the", "fight", "started", "over", "a", "private", "quarrel", ",", "not", "the", "strike"]))
        #expect(PositionFinder.containsDenial(["fewer", "people", "tested", ",", "not", "fewer", "dying"]))
        // "not only", "not yet", "not least" add or delay; they correct nothing.
        #expect(!PositionFinder.containsDenial(["the", "plan", "covers", "oil", ",", "not", "only", "gas"]))
        #expect(!PositionFinder.containsDenial(["the", "talks", "have", "started", ",", "not", "yet", "ended"]))
        // A negation without the comma is the clause's own.
        #expect(!PositionFinder.containsDenial(["the", "fight", "did", "not", "start", "over", "the", "strike"]))
    }

    @Test func aFindingOfAbsenceDenies() {
        #expect(PositionFinder.containsDenial(["it", "had", "examined", "the", "file", "and", "found", "no", "foreign", "funds", "involved"]))
        #expect(PositionFinder.containsDenial(["inspectors", "saw", "no", "damage", "to", "the", "hull"]))
        // A finding of something takes no side.
        #expect(!PositionFinder.containsDenial(["inspectors", "found", "damage", "to", "the", "hull"]))
    }

    @Test func suchPointsBackToTheClaimBeforeIt() throws {
        let found = disputes("""
            Foreign Minister Anna Berg said on Monday that a delegation would travel to Southport next week.

            Southland said no such visit had been confirmed.

            Harbor Watch said the row would have little effect on trade.
            """)
        let dispute = try #require(found.first { $0.sides.contains { $0.actor == "Southland" && $0.stance == .denies } })
        // The denial answers the visit announced before it, not the forecast after it.
        #expect(dispute.sides.contains { $0.actor == "Anna Berg" && $0.stance == .asserts })
        #expect(!dispute.sides.contains { $0.actor == "Harbor Watch" })
    }
}
