import BriefingModel
import Testing
@testable import BriefingDraft

/// A title whose "of" names a country, before the holder's name ("Attorney General of Kenya
/// Justin Muturi"), keeps the country in the title, not in the name. Passages are invented.
@Suite struct TitleOfCountryTests: NameProbing {
    @Test func theHolderIsNamedWithoutTheCountry() {
        let result = find("NAIROBI, June 2 (Reuters) - Attorney General of Kenya Justin Muturi said on Tuesday the government would appeal.")
        #expect(actor(result, "Justin Muturi")?.kind == .person, "\(names(result))")
        #expect(actor(result, "Kenya Justin Muturi") == nil, "\(names(result))")
        #expect(actor(result, "Justin Muturi")?.role == "Attorney General", "\(affiliations(result))")
        #expect(actor(result, "Justin Muturi")?.affiliation == "Kenya", "\(affiliations(result))")
    }

    @Test(arguments: [
        "The Attorney General of Kenya said on Tuesday the government would appeal.",
        "The Law Society of Kenya said on Tuesday the levy was unlawful.",
    ])
    func withNoNameAfterItTheCountryIsLeftAlone(line: String) {
        let result = find("NAIROBI, June 2 (Reuters) - \(line)")
        #expect(!result.actors.contains { $0.kind == .person }, "\(names(result))")
    }
}
