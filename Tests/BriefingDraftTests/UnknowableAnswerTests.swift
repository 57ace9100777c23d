import BriefingModel
@testable import BriefingDraft
import Testing

/// Doubt said as an answer nobody has yet ("nobody can say where the oil came from", "it was
/// “far too early” to name a cause"): the speaker leaves the question open (`UnknowableAnswers`).
/// Found in blind set AC; every sentence invented, with near misses that must stay assertions.
@Suite struct UnknowableAnswerTests: StanceProbing {
    func stances(_ body: String) -> [String] { positionLines("Depot fire\n\n" + body) }

    @Test(arguments: [
        "until the samples come back, nobody can say where that oil came from",
        "no one could yet tell whether the guards were armed",
        "nobody knows how the fire started",
        "it was \u{201C}far too early\u{201D} to name a cause",
        "it is too early to pinpoint what went wrong",
    ]) func leavesOpen(_ statement: String) {
        #expect(PositionFinder.leavesOpen(IdiomStanceTests.lowers(statement)))
    }

    @Test(arguments: [
        "nobody can say we did not warn them",
        "no one can stop the strike now",
        "nobody could reach the village for two days",
        "it is too early to vote on the budget",
        "the harvest came too early for the buyers",
    ]) func leavesNothingOpen(_ statement: String) {
        #expect(!PositionFinder.leavesOpen(IdiomStanceTests.lowers(statement)))
    }

    @Test func anInvestigatorWhoCannotSayDoubts() {
        let lines = stances("""
            Fishermen in Tema said fuel from the depot had poured into the lagoon.

            "Until the laboratory results are in, nobody can say where that fuel came from," said Kwame Asante, a spokesman for the environment agency.
            """)
        #expect(lines.contains("questions Kwame Asante"))
    }
}
