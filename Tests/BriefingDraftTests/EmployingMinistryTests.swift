import Testing
@testable import BriefingDraft

/// "Thomas Declercq, a spokesman for the mobility ministry, said": a ministry named by its
/// portfolio alone is the country's ministry when it employs someone, as when it speaks, and
/// the person works there. Invented passages.
@Suite struct EmployingMinistryTests: NameProbing {
    @Test(arguments: [
        ("""
            LISBON, March 3 (Reuters) - Portugal's rail unions called a two-day strike on Monday. "No pension already earned will be cut," Ivo Mwale, a spokesman for the mobility ministry, said.
            """, "Ivo Mwale", "Portuguese Mobility Ministry"),
        ("""
            ACCRA, June 2 (Reuters) - Ghana's farmers blocked the ports for a third day. "We have offered them a fair price," said Ana Varga, an official at the agriculture ministry.
            """, "Ana Varga", "Ghanaian Agriculture Ministry"),
    ]) func theMinistryIsDraftedAndThePersonWorksThere(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(names(result).contains(probe.2), "\(names(result))")
        #expect(actor(result, probe.1)?.affiliation == probe.2, "\(affiliations(result))")
    }

    /// Without a title before "for", the ministry is only an object.
    @Test func anObjectMinistryIsNoEmployer() {
        let result = find("""
            Portugal's rail unions called a strike. Ivo Mwale, a driver, has waited for the mobility ministry since May.
            """)
        #expect(actor(result, "Ivo Mwale")?.affiliation == nil, "\(affiliations(result))")
    }
}
