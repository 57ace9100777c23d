import BriefingModel
import Testing
@testable import BriefingDraft

/// A capital stands for its government only where it acts. A destination ("bound for Oslo",
/// "the ferry headed for Valletta") and a trading place ("the London futures market") are
/// places; "Presiding Judge" is a title, not a name. Found among the spurious actors of development sets U and V.
/// Invented sentences.
@Suite struct DestinationCapitalTests: NameProbing {
    @Test(arguments: [
        ("Passengers bound for Oslo, Vienna and Tbilisi queued at the desk after the strike grounded 40 flights.", ["Norway", "Austria", "Georgia"]),
        ("The ferry headed for Valletta turned back in the storm, the coast guard said.", ["Malta"]),
        ("Cocoa prices on the New York and London futures markets rose for a third day, traders said.", ["United Kingdom", "United States"]),
        ("Copper on the London market fell 2 percent after the strike ended, dealers said.", ["United Kingdom"]),
    ]) func aDestinationOrMarketIsNoActor(_ probe: (String, [String])) {
        let found = names(find(probe.0))
        for country in probe.1 { #expect(!found.contains(country), "\(found)") }
    }

    @Test(arguments: [
        ("Oslo said on Monday it would expel two diplomats over the affair.", "Norway"),
        ("London said the tariffs were unjustified and would be challenged.", "United Kingdom"),
        ("The deal was a win for Beijing, which had pressed for it for years, diplomats said.", "China"),
    ]) func aCapitalThatActsIsItsCountry(_ probe: (String, String)) {
        #expect(names(find(probe.0)).contains(probe.1), "\(names(find(probe.0)))")
    }

    @Test func presidingIsATitleWord() {
        let found = find("Presiding Judge Ana Lucia Ruiz adjourned the hearing until March 3.")
        #expect(actor(found, "Ana Lucia Ruiz")?.kind == .person, "\(names(found))")
        #expect(!names(found).contains("Presiding"), "\(names(found))")
    }
}
