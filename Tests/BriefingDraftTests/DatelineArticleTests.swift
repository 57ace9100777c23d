import BriefingModel
import Testing
@testable import BriefingDraft

/// A sentence that opens right after its dateline's dash ("GENEVA, May 20 (Reuters) - A World
/// Trade Organization panel ruled …") starts with an article like any other sentence, and "A"
/// there is the article, not a one-letter acronym in the name. Found with probe gd-2 (invented
/// passages); the must-not cases keep names that hold a capital word after the dash.
@Suite struct DatelineArticleTests {
    func actorNames(_ raw: String) -> [String] { Drafter.draft(raw, published: nil).actors.map(\.name) }

    @Test(arguments: [
        "GENEVA, May 20 (Reuters) - A World Trade Organization panel ruled on Tuesday that Turkey's duties broke global trade rules.",
        "GENEVA (AP) - A World Trade Organization panel ruled on Tuesday that Turkey's duties broke global trade rules.",
        "Turkey imposed duties in 2022. A World Trade Organization panel ruled on Tuesday that the duties broke global trade rules.",
    ])
    func theArticleIsNoPartOfTheName(_ raw: String) {
        let names = actorNames(raw)
        #expect(names.contains("World Trade Organization"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("A ") }, "\(names)")
    }

    @Test func aNameAfterTheDashKeepsItsWords() {
        let names = actorNames("NAIROBI, Oct 2 (AFP) - Coastline Logistics said on Thursday it had won the tender fairly.")
        #expect(names.contains("Coastline Logistics"), "\(names)")
    }
}
