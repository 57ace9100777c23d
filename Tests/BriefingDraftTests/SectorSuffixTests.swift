@testable import BriefingDraft
import Testing

/// A trade word at the end of a company's name ("Resources", "Air", "Tea") is dropped by
/// later mentions, so the short form is the same company, not a second actor
/// (`Names/SectorSuffixes.swift`). Every sentence invented.
@Suite struct SectorSuffixTests: NameProbing {
    @Test(arguments: [
        ("Cordillera Azul Resources", "Cordillera Azul"),
        ("Siam Sky Air", "Siam Sky"),
        ("Kericho Highlands Tea Ltd", "Kericho Highlands"),
    ])
    func theShortFormIsTheCompany(_ full: String, _ short: String) {
        let result = find("""
            Regulator fines company

            The regulator on Tuesday fined \(full) 4 million dollars over a spill at one of its sites.

            \(short) denied that any waste had reached the river, and said it would appeal.
            """)
        #expect(actor(result, full) != nil, "\(names(result))")
        #expect(actor(result, short) == nil, "\(names(result))")
    }

    /// A short form that is a country stays the country: "Kenya Air" is no "Kenya".
    @Test func aCountryIsNoShortForm() {
        let result = find("""
            Airline fined

            The regulator on Tuesday fined Kenya Air 4 million shillings over late refunds.

            Kenya said it would review the airline's licence.
            """)
        #expect(actor(result, "Kenya") != nil, "\(names(result))")
    }
}
