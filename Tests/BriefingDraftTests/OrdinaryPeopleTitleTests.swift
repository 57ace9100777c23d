import BriefingModel
import Testing
@testable import BriefingDraft

/// "Villager Esther Nabintu said …": a word for an ordinary person set before a name, capitalised
/// at the start of a sentence, is her role, not the first word of her name. Invented text.
@Suite struct OrdinaryPeopleTitleTests: NameProbing {
    @Test(arguments: ["Villager", "Resident", "Trader", "Herder", "Survivor", "Miner"])
    func theWordBeforeTheNameIsARole(_ word: String) {
        let result = find("\(word) Esther Nabintu said her children had fallen ill.")
        #expect(actor(result, "Esther Nabintu")?.role?.lowercased() == word.lowercased(), "\(names(result))")
    }

    @Test func aNameThatIsNoTitleStaysWhole() {
        // Must-not: a capitalised first name before a surname is still the name.
        let result = find("Esther Nabintu said her children had fallen ill.")
        #expect(actor(result, "Esther Nabintu") != nil, "\(names(result))")
    }
}
