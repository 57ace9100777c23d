import Testing
@testable import BriefingDraft

/// "Company lawyer Daniel Mwangi" right after "Tembo said it would appeal", from an invented
/// probe: the company is the one named last before him, not the one introduced last.
@Suite struct LatestNamedBodyTests: NameProbing {
    @Test func theCompanyNamedLastOwnsTheTitle() {
        let result = find("""
            Tembo Capital Bank said on Friday it had frozen 3,000 accounts in Kenya.
            Kilima Holdings, which owns 40% of Tembo Capital Bank, said it backed the freeze.
            The High Court in Nairobi ordered the bank on Thursday to unfreeze the accounts.
            Tembo said it would appeal. Company lawyer Daniel Mwangi said the ruling ignored the law.
            """)
        #expect(actor(result, "Daniel Mwangi")?.affiliation == "Tembo Capital Bank", "\(affiliations(result))")
    }

    /// With no company named in the sentences before him, the one introduced last is still his.
    @Test func withNoneNamedNearTheLastIntroducedOwnsIt() {
        let result = find("""
            Tembo Capital Bank said on Friday it had frozen 3,000 accounts in Kenya.
            Kilima Holdings, which owns 40% of the lender, said it backed the freeze.
            "We will appeal," company lawyer Daniel Mwangi said.
            """)
        #expect(actor(result, "Daniel Mwangi")?.affiliation == "Kilima Holdings", "\(affiliations(result))")
    }
}
