import Testing
@testable import BriefingDraft

/// "The National Confederation of Agriculture said …": a body word that takes an "of" or a
/// "for" tail keeps its tail, whatever capitalised word comes before it ("General", a military
/// title, or "National"). Found among the names split on unseen-like text. The sentences are
/// invented.
@Suite struct ConfederationNameTests: NameProbing {
    @Test func aBodyWordKeepsItsOfTail() {
        let result = find("""
            The National Confederation of Farmers said the levy would ruin small growers.
            The General Confederation of Dockers said it would strike on Friday.
            The Congress of Coastal Fishing Unions said the quota was unfair.
            Lawyers from the Network of Rural Clinics said the closures were illegal.
            """)
        #expect(actor(result, "National Confederation of Farmers")?.kind == .organization, "\(names(result))")
        #expect(actor(result, "General Confederation of Dockers")?.kind == .organization, "\(names(result))")
        #expect(actor(result, "Congress of Coastal Fishing Unions") != nil, "\(names(result))")
        #expect(actor(result, "Network of Rural Clinics") != nil, "\(names(result))")
        #expect(actor(result, "Farmers") == nil && actor(result, "Confederation") == nil, "\(names(result))")
    }

    @Test func aConfederationWithoutATailStaysWhole() {
        let result = find("The Swiss Confederation said on Monday that the talks would resume.")
        #expect(!names(result).contains("Confederation"), "\(names(result))")
    }
}
