import BriefingModel
import Testing
@testable import BriefingDraft

/// "Independent economists have made a similar case.": the group takes up the account before
/// it, on the same side. Found by probing invented text (development set J had the form); the
/// passages are invented.
@Suite struct SimilarCaseTests {
    func sides(_ raw: String) -> [DraftSide] {
        Drafter.positions(in: TextSplitter.split(raw))
    }

    @Test(arguments: ["Independent economists have made a similar case.", "Independent economists made the same point."])
    func aSimilarCaseTakesTheSideBefore(_ sentence: String) {
        let found = sides("""
            HAVANA, Oct 20 (Reuters) - Cuba's energy minister said on Friday that the blackouts were the result of the US trade embargo.

            The US embassy in Havana rejected that explanation. It said the embargo did not prevent sales of fuel to Cuba.

            \(sentence) Omar Penalver, an economist at a university in Miami, said most of the island's power plants were more than 40 years old.
            """)
        let group = found.first { $0.actor == "Independent economists" }
        #expect(group?.stance == .denies, "\(found.map { "\($0.stance.rawValue) \($0.actor)" })")
        // Its words are the account it takes up, not "a similar case".
        #expect(group.map { !$0.statement.contains("similar") && !$0.statement.contains("same point") } ?? false, "\(group?.statement ?? "-")")
    }

    @Test(arguments: ["Independent economists have made a case for reform.", "The union made a similar offer last year."])
    func anotherCaseOrAnOfferTakesNoSide(_ sentence: String) {
        let found = sides("""
            HAVANA, Oct 20 (Reuters) - Cuba's energy minister said on Friday that the blackouts were the result of the US trade embargo.

            The US embassy in Havana rejected that explanation.

            \(sentence)
            """)
        #expect(!found.contains { $0.actor == "Independent economists" || $0.actor.contains("nion") }, "\(found.map { "\($0.stance.rawValue) \($0.actor)" })")
    }
}
