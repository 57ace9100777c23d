import BriefingModel
import Testing
@testable import BriefingDraft

/// Spurious actors, second round (helper sa2); the passages are invented wire copy.
extension NameCauseTests {
    /// "the Cote d'Ivoire-Ghana Cocoa Initiative": a body named for two countries joined by a
    /// hyphen keeps the first country's particle-led name, not only the words after it.
    @Test func aJointBodyKeepsItsParticleLedCountry() {
        let result = find("""
            Officials of the Cote d'Ivoire-Ghana Cocoa Initiative said on Monday the floor price would rise.
            The Cote d'Ivoire-Liberia Border Commission met in Danane on Tuesday.
            """)
        #expect(actor(result, "Cocoa Initiative") == nil)
        #expect(actor(result, "Cote d'Ivoire-Ghana Cocoa Initiative")?.kind == .organization)
        #expect(actor(result, "Border Commission") == nil)
    }

    /// A "-based" adjective after the country stays out of any name.
    @Test func aBasedAdjectiveAfterTheCountryStaysOutOfNames() {
        let result = find("""
            Cote d'Ivoire said on Friday it would raise the farm-gate price. Cote d'Ivoire-based exporters said the move was late.
            """)
        #expect(!names(result).contains { $0.contains("-based") })
    }
}
