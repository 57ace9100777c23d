import BriefingModel
@testable import BriefingDraft
import Testing

/// A purpose or reason said to be the only one ("and for no other purpose") denies the motive
/// the other side imputes (`DisclaimedMotives`). Found in blind set AC; the sentences are
/// invented, with near misses that name the motive and so accuse.
@Suite struct DisclaimedMotiveTests {
    @Test(arguments: [
        "the troops were deployed to protect voters \u{201C}and for no other purpose\u{201D}",
        "the checks were carried out for no other reason",
        "the boats were there with no other aim",
    ]) func disclaims(_ statement: String) {
        #expect(PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)))
    }

    @Test(arguments: [
        "he was arrested for no other reason than his reporting",
        "the law was passed for no other purpose but to silence the press",
        "there was no other way to reach the village",
        "the ministry gave no reason for the delay",
    ]) func leavesAlone(_ statement: String) {
        #expect(!PositionFinder.deniesInIdiom(IdiomStanceTests.lowers(statement)))
    }
}
