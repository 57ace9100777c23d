import BriefingModel
import Testing
@testable import BriefingDraft

/// Positions inside quotes that run over several sentences: a quoted sentence whose quote
/// closes before a later speaker's verb is that speaker's (read); a denial later in a speaker's
/// quote, after a quoted assertion, as a second side of the same speaker (a known gap). Found
/// among the "no position" sides of development sets C and T; the passages are invented.
@Suite struct QuoteRunSideTests {
    func holders(_ raw: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test(arguments: [
        "Villagers said the men were farmers tending maize. “They were not rebels. They carried hoes, not rifles,” Maria Lopez, whose husband was among the dead, told the newspaper La Prensa.",
        "Neighbours said the shop had been closed for a week. “Nobody sold fuel there. The pumps were empty,” said Ahmed Karim, who lives across the road.",
        "The union said the drivers had been paid. “That is not true. We have waited three months,” Olga Ivanova, a driver in Kazan, told the Interfax news agency.",
    ])
    func aQuoteRunningOnBelongsToTheSpeakerAfterItsClose(_ raw: String) {
        let found = holders(raw)
        let speaker = ["Maria Lopez", "Ahmed Karim", "Olga Ivanova"].first { raw.contains($0) }!
        #expect(found.contains { $0.hasSuffix(speaker) }, "\(found)")
        // The opening words are not folded into the first speaker's position.
        let sides = Drafter.positions(in: TextSplitter.split(raw))
        #expect(!sides.contains { !$0.actor.hasSuffix(speaker) && $0.stance == .denies }, "\(found)")
    }

    @Test func theDenialOpeningARunningQuoteIsNotTheFirstSpeakers() {
        let found = holders("""
            Kazan Transport said its bus drivers had been paid in full in March. “That is not true. We have waited three months for our wages,” Olga Ivanova, a driver in Kazan, told the Interfax news agency.
            """)
        #expect(found.contains("asserts Kazan Transport") && found.contains("denies Olga Ivanova"), "\(found)")
    }

    @Test func aQuoteClosedInItsOwnSentenceKeepsTheOldReading() {
        let found = holders("Neighbours said the shop had been closed. “Nobody sold fuel there,” said Ahmed Karim. “The pumps were empty.”")
        #expect(found.contains { $0.hasSuffix("Ahmed Karim") }, "\(found)")
    }

    @Test func theSameSpeakerGoingOnKeepsTheQuoteInHisPosition() {
        // "he said" after the quote is the speaker already reported: the denial stays his.
        let found = holders("Kazan Transport said its bus drivers had been paid in full in March. Olga Ivanova, a driver in Kazan, told the court she had attended the meeting at which the wages were supposedly agreed. “There was no agreement. The managers read out a letter and then everybody went home,” she said.")
        #expect(found.contains("denies Olga Ivanova"), "\(found)")
    }

    @Test(arguments: [
        ("“The captain reported a fault with the anchor winch on Friday night,” a manager at the company, Chen, told Reuters by phone. “The sea was rough. There was no intention to damage anything.”", "Chen"),
        ("“Our boats were fishing where the tribunal says Norland is sovereign,” foreign ministry spokeswoman Ana Petek told reporters. “What happened on Tuesday was not a routine check.”", "Ana Petek"),
        ("“Our soldiers fired only after they came under attack,” army spokesman Colonel Idris Bello told reporters. “We did not target any civilians.”", "Idris Bello"),
    ])
    func aLaterDenialInAQuoteIsASecondSide(_ raw: String, _ speaker: String) {
        // Tried: such a denial made a position of its own at its sentence. No side or dispute
        // more was found on any development set, and set B lost one ("… less credible, not
        // more." read as a denial split an analyst's side away from its dispute).
        withKnownIssue("a denial later in a quote turns the speaker's whole position into a denial") {
            let found = holders(raw)
            #expect(found.filter { $0.hasSuffix(speaker) }.sorted() == ["asserts \(speaker)", "denies \(speaker)"], "\(found)")
        }
    }

    @Test(arguments: [
        // After indirect speech the denial is the point: one side, a denial.
        ("Tomas Lind said it was the same old story from Northland. “It is a fabrication.”", "Tomas Lind"),
        // A quote that already denies takes the denial after it in.
        ("“We reject the report,” the ministry spokesman Ivo Maric said. “It has no basis in fact.”", "Ivo Maric"),
        // A later quoted sentence that does not deny joins the position.
        ("“The plant met every standard,” plant manager Erik Dahl told reporters. “We will publish the results next week.”", "Erik Dahl"),
    ])
    func noSecondSideWithoutALaterDenialAfterAQuotedAssertion(_ raw: String, _ speaker: String) {
        let found = holders(raw).filter { $0.hasSuffix(speaker) }
        #expect(found.count == 1, "\(found)")
    }
}
