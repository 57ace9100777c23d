import Testing
@testable import BriefingDraft

/// "Mining Minister Tomas Fuentes" after "the Copiapo Mining Workers Union", from an invented
/// probe: the word before "Minister" is his portfolio, and the union is not his body.
@Suite struct MinisterPortfolioTests: NameProbing {
    @Test(arguments: [
        ("The Copiapo Mining Workers Union said its members had reported cracks in Chile.\nMining Minister Tomas Fuentes said inspectors would visit.", "Tomas Fuentes", "Copiapo Mining Workers Union"),
        ("Andes Energy Corp said it would raise prices in Peru.\nEnergy Minister Rosa Quispe said the rise was illegal.", "Rosa Quispe", "Andes Energy Corp"),
    ]) func aPortfolioNamesNoBody(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation != probe.2, "\(affiliations(result))")
    }

    /// "Ministry spokesman" and "Party Secretary" still speak for the body their word names.
    @Test func aBodyWordBeforeATitleStillNamesTheBody() {
        let result = find("""
            The Chilean Mining Ministry said the dam would be inspected.
            Ministry spokesman Jan Richter said the visit would come on Thursday.
            """)
        #expect(actor(result, "Jan Richter")?.affiliation == "Chilean Mining Ministry", "\(affiliations(result))")
    }
}
