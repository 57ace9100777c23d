import BriefingModel
@testable import BriefingDraft
import Testing

/// Denial carried by a verdict on the other side's reasoning ("that argument carries little
/// weight", "is looking for excuses") or by an answer that a thing stayed "within safe limits"
/// (`DismissedArguments`). Found in blind sets AB and AC; every sentence invented, each reading
/// with near misses it must leave as assertions.
@Suite struct DismissedArgumentTests: StanceProbing {
    func stances(_ body: String) -> [String] { positionLines("Harbour row\n\n" + body) }

    @Test(arguments: [
        "Customs lawyers say that argument carries little weight",
        "the explanation carries no weight with the court",
        "the ministry's defence does not hold water",
        "their story doesn't hold water",
        "the claim holds no water",
        "The Farmers' League is looking for excuses for a defeat it saw coming",
        "they are making excuses",
        "water levels stayed \u{201C}within safe limits\u{201D} throughout",
        "his shift was within the limits set by law",
        "the embankment was operating within its design limits",
        "emissions were within legal limits",
    ]) func dismisses(_ statement: String) {
        #expect(PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)))
    }

    @Test(arguments: [
        "the bridge carries no weight limit signs",
        "the dam held water for 40 years",
        "the government is looking for an excuse to ban the party",
        "they used the storm as an excuse to close the port",
        "the money arrived within 48 hours",
        "the plant lies within the limits of the city",
        "the ministry set limits on exports",
        "within the regional council",
    ]) func leavesAlone(_ statement: String) {
        #expect(!PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)))
    }

    @Test func aDismissalAnswersTheArgumentBefore() {
        let lines = stances("""
            Hallan Shipping said the tanker's route was a matter for its captain.

            Customs experts say that argument carries little weight.
            """)
        #expect(lines.contains("asserts Hallan Shipping"))
        #expect(lines.contains("denies Customs experts"))
    }

    @Test func anAnswerWithinSafeLimitsDenies() {
        #expect(stances("""
            Residents of Tema said smoke from the depot fire had made their children ill.

            The depot's operator, Harbor Fuels, said air readings at its fence had stayed within safe limits.
            """).contains("denies Harbor Fuels"))
        // A plain report of a limit keeps its stance.
        #expect(stances("""
            The depot's operator, Harbor Fuels, said it would cut output to within 40% of capacity.
            """).allSatisfy { $0 != "denies Harbor Fuels" })
    }
}
