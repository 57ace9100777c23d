import BriefingModel
import Testing
@testable import BriefingDraft

/// A quote running over sentences, whose speaker is named after a long description, is that
/// speaker's side in the sentence where it opens. Found by probing invented text (development
/// set T had the form); the passages are invented.
@Suite struct RunningQuoteOpeningTests {
    /// The source counts a paragraph's sentences from one.
    let second = 2, third = 3

    func sides(_ raw: String) -> [DraftSide] {
        Drafter.positions(in: TextSplitter.split(raw))
    }

    @Test func theSideIsWhereTheQuoteOpens() {
        let found = sides("Villagers said the men were farmers tending maize. “They were not rebels. They carried hoes, not rifles,” Maria Lopez, whose husband was one of the two men killed, told the newspaper La Prensa.")
        #expect(found.contains { $0.actor == "Maria Lopez" && $0.source.sentence == second }, "\(found.map { "\($0.actor) \($0.source)" })")
    }

    @Test func aQuoteOpenedInTheSpeakersOwnSentenceStaysThere() {
        let found = sides("Villagers said the men were farmers. “They carried hoes, not rifles,” said Maria Lopez. “They were not rebels.”")
        #expect(found.contains { $0.actor == "Maria Lopez" && $0.source.sentence == second }, "\(found.map { "\($0.actor) \($0.source)" })")
        #expect(!found.contains { $0.actor == "Maria Lopez" && $0.source.sentence == third })
    }
}
