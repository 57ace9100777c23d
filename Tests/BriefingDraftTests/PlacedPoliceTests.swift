import BriefingModel
import Testing
@testable import BriefingDraft

/// A city's or a region's police named in lower case after its place, from invented wire-copy
/// probes: "Ndola police commander Mwila Chanda said" is the commander of the Ndola police, and
/// "East Java police said" is an actor that holds what it says.
@Suite struct PlacedPoliceTests: NameProbing {
    @Test(arguments: [
        ("Ndola police commander Mwila Chanda said on Saturday that no live rounds had been fired.", "Mwila Chanda", "Ndola police"),
        ("Mombasa police chief Ali Haji told reporters the suspects had been released.", "Ali Haji", "Mombasa police"),
        ("\"The road is closed,\" Porto police spokesman Rui Matos said.", "Rui Matos", "Porto police"),
        // Once a known issue of SideHolderInLeadTests ("an official titled by a city's police is drafted under the country").
        ("KAMPALA (Reuters) - Kampala police commander Moses Okello said on Thursday the fire had been started deliberately.", "Moses Okello", "Kampala police"),
        ("Kura Rail said the line was cut, but Gori police chief Levan Beridze said there was no sign of tampering.", "Levan Beridze", "Gori police"),
    ]) func anOfficerBelongsToThePlacesPolice(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation?.lowercased() == probe.2.lowercased(), "\(affiliations(result))")
    }

    @Test(arguments: [
        ("East Java police said on Monday that the ferry had carried twice as many passengers as allowed.", "East Java police"),
        ("Porto police said two officers had been injured.", "Porto police"),
        ("The victims were identified by Mombasa police on Tuesday.", "Mombasa police"),
        // "Police in <place>" opening the sentence: the place's police, not the country.
        ("PARAMARIBO, Suriname (AP) — Police in Suriname said Tuesday that the officers had fired in self-defense.", "Suriname police"),
        ("Police in Nampula province said their investigation was continuing.", "Nampula province police"),
    ]) func aPlacesPoliceThatActsIsAnActor(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(names(result).map { $0.lowercased() }.contains(probe.1.lowercased()), "\(names(result))")
    }

    /// Police that neither act nor have an officer named are no actor: the city is a setting.
    @Test(arguments: [
        "Protesters marched past Porto police headquarters on Monday.",
        "The demonstrators clashed with riot police in Porto on Sunday.",
        "Riot police fired tear gas at the crowd in Porto on Sunday.",
        "Riot police in Porto fired tear gas at the crowd on Sunday.",
    ]) func policeThatDoNothingAreNoActor(_ raw: String) {
        let result = find(raw)
        #expect(!names(result).contains { $0.lowercased().hasSuffix("police") }, "\(names(result))")
    }

    /// The force as written ("Police in Nampula province") names it too: a reader, or a gold
    /// model, may keep that form.
    @Test func theWrittenFormIsAnAlias() {
        let result = find("Police in Nampula province said their investigation was continuing.")
        #expect(actor(result, "Nampula province police")?.aliases.contains("Police in Nampula province") == true, "\(names(result))")
    }
}
