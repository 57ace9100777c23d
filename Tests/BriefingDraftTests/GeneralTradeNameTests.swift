import BriefingModel
import Testing
@testable import BriefingDraft

/// A company whose name ends in "General" and a line of trade ("Gulf Falcon General Contracting"):
/// one company, not a company plus a person titled "General". Found among the spurious actors of
/// development set T. Invented sentences.
@Suite struct GeneralTradeNameTests: NameProbing {
    func kind(_ raw: String, _ name: String) -> ActorKind? { actor(find(raw), name)?.kind }

    @Test(arguments: [
        ("Three labourers died at a site built by the local firm Desert Oryx General Contracting, the ministry said.", "Desert Oryx General Contracting"),
        ("Al Noor General Trading said it had paid all wages owed to the crew.", "Al Noor General Trading"),
        ("Prosecutors said Blue Nile General Construction had forged the safety certificates.", "Blue Nile General Construction"),
        ("Officials said Harbour Star General Services had not renewed its licence.", "Harbour Star General Services"),
    ]) func generalAndATradeMakeACompany(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(kind(probe.0, probe.1) == .organization, "\(names(result))")
        #expect(!result.actors.contains { $0.kind == .person }, "\(names(result))")
    }

    /// Titles and bodies with "General" in them stay as they were.
    @Test(arguments: [
        ("Attorney General Maria Lopez said the charges would be filed on Monday.", "Maria Lopez"),
        ("Inspector General Tomas Herrera said the audit had found no fraud.", "Tomas Herrera"),
        ("General Ahmed Saleh said the troops would withdraw by Friday.", "Ahmed Saleh"),
    ]) func titledPeopleStayPeople(_ probe: (String, String)) {
        #expect(kind(probe.0, probe.1) == .person, "\(names(find(probe.0)))")
    }
}
