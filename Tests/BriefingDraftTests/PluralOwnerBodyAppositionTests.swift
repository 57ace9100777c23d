import BriefingModel
import Testing
@testable import BriefingDraft

/// "Natasha Zulu, a spokeswoman for the mine workers' union, said": a body owned by a plural
/// closes the apposition, so the person is drafted (PluralOwnerBodyApposition.swift). Invented text.
@Suite struct PluralOwnerBodyAppositionTests: NameProbing {
    @Test(arguments: [
        "Natasha Zulu, a spokeswoman for the mine workers' union, said members had been told to keep quiet.",
        "Natasha Zulu, a spokeswoman for the mine workers’ union, said members had been told to keep quiet.",
    ]) func theSpokeswomanIsDrafted(_ raw: String) {
        let zulu = draftedActor(raw, "Natasha Zulu")
        #expect(zulu?.kind == .person)
        #expect(zulu?.role == "spokeswoman", "\(String(describing: zulu))")
    }

    @Test func theSpokeswomanSpeaks() {
        let raw = "Wages were late. Natasha Zulu, a spokeswoman for the mine workers' union, said: \"We were told to keep quiet.\""
        let quote = Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix("We were told") }
        #expect(quote?.speaker == "Natasha Zulu", "\(String(describing: quote))")
    }

    @Test func aBodyWithNoOwnerReadsAsBefore() {
        // Must-not: with no apostrophe the apposition closes as it did.
        let raw = "Lina Moyo, an adviser to the mine workers, said pay was late."
        #expect(draftedActor(raw, "Lina Moyo")?.role == "adviser")
    }
}
