import BriefingModel
import Testing
@testable import BriefingDraft

/// Offices that "General" follows are titles ("Auditor General Amina Bello"), and an office
/// named after such a title keeps it whole ("the Office of the Attorney General"). Passages
/// are invented.
@Suite struct GeneralTitleTests: NameProbing {
    @Test(arguments: [
        ("Auditor General Amina Bello told reporters the accounts were incomplete.", "Amina Bello", "Auditor General"),
        ("Solicitor General Ana Ruiz said the appeal would go ahead.", "Ana Ruiz", "Solicitor General"),
    ])
    func anOfficeBeforeGeneralIsATitle(line: String, name: String, role: String) {
        let result = find("KATHMANDU, Oct 14 (Reuters) - \(line)")
        #expect(actor(result, name)?.role == role, "\(result.actors.map { "\($0.name) [\($0.kind)] \($0.role ?? "-")" })")
    }

    @Test(arguments: ["Office of the Attorney General", "Office of the Auditor General"])
    func anOfficeNamedAfterSuchATitleKeepsIt(office: String) {
        let result = find("KATHMANDU, Oct 14 (Reuters) - The \(office) said it could not verify the figures.")
        #expect(actor(result, office)?.kind == .organization, "\(names(result))")
    }
}
