import BriefingModel
@testable import BriefingDraft
import Testing

/// A lexicon verb without its usual object is still an act when its clause dates it (issue 3,
/// events on unseen text).
extension EventFinderTests {
    @Test func aLexiconVerbWithoutItsObjectIsADatedAct() {
        // "lift" wants sanctions or a ban in the lexicon; dated, any object will do.
        #expect(events("The European Commission, which lifted its special monitoring of the judiciary in 2023, said it was following the case.", "2025-06-12")
            .map { $0.date?.description } == ["2023"])
        // "apply" wants "membership" in the lexicon; scheduled and dated, it is a plan.
        #expect(events("After two delays, the rules are due to apply to large companies from Dec. 30.", "2026-03-26")
            .map { $0.date?.description } == ["2026-12-30"])
        // Undated, the lexicon's object is still needed.
        #expect(events("The commission lifted its special monitoring of the judiciary.", "2025-06-12").isEmpty)
    }

    @Test func aPrefixedIrregularPastIsPast() {
        #expect(events("Government troops retook the town in August 2021.", "2026-08-18").map { $0.date?.description } == ["2021-08"])
    }
}
