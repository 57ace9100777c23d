import BriefingModel
@testable import BriefingDraft
import Testing

/// Helper dt4's invented wire-copy probes: acts the lexicon lacked — a formal request for a
/// named thing, an offer of pay or money, joining a body or a case, and a report by a named
/// outlet — and the everyday uses of the same verbs that stay out.
extension EventFinderTests {
    @Test(arguments: [
        ("The health ministry said on Monday it had asked donors for $40 million to rebuild clinics.", "2026-03-10"),
        ("The prosecutor's office asked the messaging company for data on the accounts' owners.", "2026-03-10"),
        ("Peru's embassy asked for full autopsy reports on the two miners.", "2026-03-10"),
        ("Kenya asked Tanzania for the extradition of the former minister on Friday.", "2026-03-10"),
        ("The rail operator has offered a 7 percent rise over two years.", "2026-05-02"),
        ("The mining company offered 300,000 rand to the family of each worker killed.", "2026-05-02"),
        ("The city council offered on Tuesday to pay for the repairs.", "2026-05-02"),
    ])
    func aFormalRequestOrAnOfferOfMoneyIsAnEvent(text: String, published: String) {
        #expect(!events(text, published).isEmpty)
    }

    /// Everyday uses of the same verbs stay out.
    @Test(arguments: [
        "The company did not respond when asked for comment.",
        "The official asked not to be named because he was not authorised to speak to the media.",
        "Reporters asked the minister whether the talks would resume.",
        "The minister offered his condolences to the families.",
        "Police offered no explanation for the delay.",
        "Analysts joined the chorus of criticism.",
        "She joined the company as an engineer.",
        "Police reported two more deaths on Sunday.",
        "The reported losses were smaller than expected.",
        "The ferry was carrying more passengers than allowed, the state news agency reported.",
    ])
    func anEverydayUseOfTheseVerbsIsNoEvent(text: String) {
        #expect(events(text, "2026-06-09").isEmpty)
    }

    /// Joining a body or a case, a report by a named outlet, and a participle "since" a date
    /// (a state that runs to the report).
    @Test(arguments: [
        ("Croatia joined the EU in 2013 and adopted the euro a decade later.", "2026-05-02", "2013"),
        ("The football federation said on Monday it had joined the case as a civil party.", "2026-05-05", "2026-05-04"),
        ("The Daily Nation newspaper reported on Saturday that the contract had been awarded without a tender.", "2026-06-09", "2026-06-06"),
        ("Bloomberg News reported on Tuesday, citing two people familiar with the matter, that the bank would cut jobs.", "2026-06-10", "2026-06-09"),
        ("The state news agency reported on Friday that the dam had burst.", "2026-06-14", "2026-06-12"),
        ("French troops, deployed in the region since 2019 under a defence pact, took no part in the operation.", "2026-08-18", "2019/2026-08-18"),
        ("The two activists, detained since March, were freed on bail.", "2026-08-18", "2026-03/2026-08-18"),
    ])
    func aJoiningAReportOrAStateSinceIsDated(text: String, published: String, date: String) {
        #expect(events(text, published).contains { $0.date?.description == date })
    }

    @Test func aSimpleDateOrAPerfectSinceIsNoRange() {
        // A participle dated by "in", not "since", keeps its date.
        let dated = events("French troops, deployed in the region in 2019, took no part in the operation.", "2026-08-18")
        #expect(dated.allSatisfy { $0.date?.description != "2019/2026-08-18" })
        // A main verb in the perfect keeps the since date's own reading.
        let perfect = events("The army has deployed troops to the border since January.", "2026-08-18")
        #expect(perfect.allSatisfy { $0.date?.description != "2026-01/2026-08-18" })
    }
}
