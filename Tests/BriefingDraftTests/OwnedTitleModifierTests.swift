import BriefingModel
import Testing
@testable import BriefingDraft

/// "Jane Mwangi, Kenya's deputy high commissioner in Kampala, said": lower-case words between an
/// owner's title words are read over, so the person is drafted with the whole title
/// (OwnedTitleModifiers.swift). Invented text.
@Suite struct OwnedTitleModifierTests: NameProbing {
    @Test(arguments: [
        ("Kenya protested. Jane Mwangi, Kenya's deputy high commissioner in Kampala, said the fishermen had been held.", "Jane Mwangi", "deputy high commissioner"),
        ("Kenya protested. Amos Kiprono, Kenya's deputy county commissioner in Narok, said the raiders had crossed at night.", "Amos Kiprono", "deputy county commissioner"),
        ("Sales fell. Lena Obi, the company's chief financial officer, said costs had risen.", "Lena Obi", "chief financial officer"),
    ]) func theWholeTitleIsRead(_ raw: String, _ name: String, _ role: String) {
        let person = draftedActor(raw, name)
        #expect(person?.kind == .person)
        #expect(person?.role == role, "\(String(describing: person))")
    }

    @Test func theHighCommissionerSpeaks() {
        let raw = "Kenya protested. Jane Mwangi, Kenya's deputy high commissioner in Kampala, said: \"They are held without charge.\""
        let quote = Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix("They are held") }
        #expect(quote?.speaker == "Jane Mwangi", "\(String(describing: quote))")
    }

    @Test func noTitleAfterTheModifiersReadsNone() {
        // Must-not: lower-case words with no title word after them make no office.
        let raw = "Boats sank. Mary Atieno, Kenya's best known long distance swimmer, rescued two men."
        #expect(draftedActor(raw, "Mary Atieno")?.role == nil)
    }

    @Test func aLoneTitleKeepsItsOwnWords() {
        // Must-not: the plain case reads as before.
        let raw = "Uganda objected. Ruth Nakato, Uganda's ambassador in Nairobi, said the allegations were without merit."
        #expect(draftedActor(raw, "Ruth Nakato")?.role == "ambassador")
    }
}
