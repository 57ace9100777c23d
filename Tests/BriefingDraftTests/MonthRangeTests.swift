import BriefingModel
@testable import BriefingDraft
import Testing

/// Month-to-month spans in wire copy: the end month of a "between … and …" or "from … to …"
/// range even when it is "May" or "June", a past span that crosses New Year, and the end's
/// "last year" holding for the start.
extension DateFinderTests {
    @Test func pastSpanAcrossNewYear() {
        #expect(only("Customs officers had seized 4,100 tonnes of rice between October and May, the ministry said.", "2026-06-10")!
            == ("between October and May", "2025-10/2026-05"))
        #expect(only("Fishing catches fell by a third from November to May, the cooperative said.", "2025-06-20")!
            == ("from November to May", "2024-11/2025-05"))
        #expect(only("Rebels attacked 14 convoys between December and June, the army said.", "2024-07-02")!
            == ("between December and June", "2023-12/2024-06"))
    }

    @Test func endYearHoldsForTheStart() {
        #expect(only("The observatory sent 19 alerts between February and October last year.", "2026-03-05")!
            == ("between February and October last year", "2025-02/2025-10"))
        #expect(only("Exports rose between March and August 2024, the bureau said.", "2026-01-12")!
            == ("between March and August 2024", "2024-03/2024-08"))
    }

    @Test func spansThatStayAsTheyWere() {
        #expect(only("Prices rose between October and December, the bank said.", "2026-02-10")!
            == ("between October and December", "2025-10/2025-12"))
        #expect(only("The exercises were held between Sept. 8 and Sept. 12.", "2025-09-10")!
            == ("between Sept. 8 and Sept. 12", "2025-09-08/2025-09-12"))
        #expect(only("Voting will run from March to May next year.", "2025-11-01") != nil)
    }

    @Test func mayAsAVerbIsNoMonth() {
        // "May" stays a verb when no range opened by a month stands before it.
        #expect(found("Officials said talks could resume and May be held in Geneva.", "2026-06-10").isEmpty)
        #expect(found("The minister said the plan to cut costs may take time.", "2026-06-10").isEmpty)
        #expect(found("Prices fell in October and May rose again, traders said.", "2026-06-10").map(\.0) == ["in October"])
    }
}
