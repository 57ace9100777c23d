import BriefingModel
import Testing
@testable import BriefingDraft

/// Demonyms the gazetteer's word list confirms (rule R16 of `scripts/gazetteer`): where the
/// country data gives one rare form ("Maldivan", "Icelander", "Nepalese", "Ecuadorean"), the
/// adjective news text uses still names the country.
extension NameCauseTests {
    @Test func theAdjectiveNewsUsesNamesTheCountry() {
        let result = find("""
            Workers held at a detention centre were beaten by guards, Human Rights Watch said on Monday, a charge Maldivian authorities called baseless.
            Icelandic Fisheries Minister Anna Stefansdottir said the quota was lawful.
            Ecuadorian President Luis Mora said he would appeal.
            "We reject these claims entirely," Nepali Home Minister Ram Thapa said.
            """)
        for country in ["Maldives", "Iceland", "Ecuador", "Nepal"] {
            #expect(actor(result, country)?.kind == .country, "\(country)")
        }
        #expect(actor(result, "Anna Stefansdottir")?.affiliation == "Iceland")
        #expect(actor(result, "Luis Mora")?.affiliation == "Ecuador")
        #expect(actor(result, "Ram Thapa")?.affiliation == "Nepal")
    }

    @Test func aFormAnotherCountryOwnsStaysWithIt() {
        // "Nigerian" could be formed from Niger, but it is Nigeria's demonym.
        let result = find("Nigerian President Bola Adeyemi said the border would reopen on Monday.")
        #expect(actor(result, "Bola Adeyemi")?.affiliation == "Nigeria")
        #expect(actor(result, "Niger") == nil)
    }
}
