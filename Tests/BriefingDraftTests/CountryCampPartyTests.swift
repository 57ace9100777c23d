import BriefingModel
import Testing
@testable import BriefingDraft

/// "Gambia's main opposition party said …" before the party is named: the phrase is the party
/// the text names for that camp, never the country. Passages are invented.
@Suite struct CountryCampPartyTests {
    func draft(_ body: String) -> Draft { Drafter.draft("Count disputed\n\nBANJUL, June 2 (AFP) - \(body)", published: nil) }

    @Test func theOnlyNamedPartyHoldsThePhrase() {
        let d = draft("Gambia's main opposition party said the count was rigged.\n\nThe United Democratic Party said it would file a petition on Friday.")
        let party = d.actors.first { $0.name == "United Democratic Party" }
        #expect(party?.aliases.contains("Gambia's main opposition party") == true, "\(d.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test func theRulingPartyIsNotTheOpposition() {
        let d = draft("Gambia's main opposition party said the count was rigged.\n\nThe commission declared Awa Jallow of the ruling National People's Party the winner, against Omar Bah of the United Democratic Party.")
        let ruling = d.actors.first { $0.name == "National People's Party" }
        #expect(ruling?.aliases.contains("Gambia's main opposition party") != true, "\(d.actors.map { "\($0.name): \($0.aliases)" })")
        let opposition = d.actors.first { $0.name == "United Democratic Party" }
        #expect(opposition?.aliases.contains("Gambia's main opposition party") == true, "\(d.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test func theCountryAloneStillSpeaks() {
        let d = draft("Gambia said it would welcome observers from the African Union.")
        #expect(d.actors.contains { $0.name == "Gambia" }, "\(d.actors.map(\.name))")
    }
}
