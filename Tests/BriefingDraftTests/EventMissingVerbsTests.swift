import BriefingModel
@testable import BriefingDraft
import Testing

/// Event verbs the lexicon lacked (helper ev's invented wire-copy probes): floods by rain, a
/// fire or fighting that broke out, a damaged cable or pipeline, lost contact, an agreement to
/// testify, and a formal request for an inquiry.
extension EventFinderTests {
    private func drafts(_ word: String, in text: String) -> Bool {
        events(text, "2026-03-04").contains { $0.title.lowercased().contains(word) }
    }

    @Test(arguments: [
        ("Heavy rains flooded large parts of the northern city of Karsu on Tuesday, forcing thousands from their homes.", "flooded"),
        ("Monsoon downpours have flooded dozens of villages along the Mekra river since Friday, officials said.", "flooded"),
        ("A fire broke out in the engine room of the ferry on Friday, two hours after it left port.", "broke out"),
        ("Fighting broke out between rival militias in the port city of Bazra on Sunday.", "broke out"),
        ("An undersea data cable linking Malta and Sicily was damaged on Monday, the operator said.", "damaged"),
        ("A cargo ship damaged a gas pipeline in the Gulf of Riga on Jan. 4, investigators said.", "damaged"),
        ("Air traffic controllers lost contact with the plane shortly after take-off on Wednesday.", "lost contact"),
        ("The former minister agreed in May to testify against his co-defendants.", "agreed"),
        ("The embassy said it had asked the authorities for a full inquiry into the death.", "asked"),
        ("Three airlines challenged the landing fees in court last year.", "challenged"),
        ("The firm said on Monday it would challenge its listing at the EU's General Court in Luxembourg.", "challenge"),
    ])
    func aMissingVerbNamesAnEvent(text: String, word: String) {
        #expect(drafts(word, in: text))
    }

    @Test(arguments: [
        ("Cheap steel from abroad has flooded the market, producers say.", "flooded"),
        ("Officials broke the news to the families, a spokesman said.", "broke"),
        ("The scandal has damaged the party's standing with voters.", "damaged"),
        ("The club has lost every final it has played since 2010.", "lost"),
        ("Both sides agreed that talks should continue.", "agreed"),
        ("Reporters asked the minister for comment.", "asked"),
        ("The coach said the new season would challenge his young squad.", "challenge"),
    ])
    func theSameVerbWithoutItsObjectNamesNone(text: String, word: String) {
        #expect(!drafts(word, in: text))
    }
}
