import BriefingModel
@testable import BriefingDraft
import Testing

/// Helper dt2's invented wire-copy probes: "ordered him held for eight days" lasts as a state,
/// the order itself is made on one day; a length told of the act itself still spans.
extension EventFinderTests {
    @Test(arguments: [
        ("A court in Nicosia on Friday ordered him held for eight days pending further inquiries.", "2026-07-27", "2026-07-24"),
        ("A magistrate in Accra on Tuesday ordered the two men detained for 14 days while police investigate.", "2026-03-12", "2026-03-10"),
        ("The environment ministry on Monday ordered the gold mine closed for two weeks after a tailings spill, officials said.", "2025-09-17", "2025-09-15"),
        ("A judge in Lima on Wednesday ordered the former minister kept in custody for 18 months.", "2026-02-06", "2026-02-04"),
    ])
    func anOrderedStateDoesNotLengthenTheOrder(text: String, published: String, day: String) {
        let dates = draftedDates(text, published)
        #expect(dates.contains(day))
        #expect(!dates.contains { $0.hasPrefix(day + "/") })
    }

    @Test(arguments: [
        ("The prime minister on Monday began a three-day visit to Vietnam, his office said.", "2026-05-13", "2026-05-11/2026-05-13"),
        ("Dockworkers in Antwerp went on strike for three days on Monday, the union said.", "2026-05-13", "2026-05-11/2026-05-13"),
    ])
    func aLengthOfTheActStillSpans(text: String, published: String, span: String) {
        #expect(draftedDates(text, published).contains(span))
    }
}
