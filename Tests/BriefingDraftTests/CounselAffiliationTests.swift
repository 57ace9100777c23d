import BriefingModel
import Testing
@testable import BriefingDraft

/// "His lawyer, Kari Moen, said …", "Kari Moen, a lawyer for Mwamba, said …": the drafted
/// lawyer's affiliation is the client (CounselAffiliation.swift, CounselCamps.swift). Invented text.
@Suite struct CounselAffiliationTests {
    func affiliation(_ raw: String, _ name: String) -> String? {
        Drafter.draft(raw, published: nil).actors.first { $0.name == name }?.affiliation
    }

    @Test(arguments: [
        "Governor Jean-Paul Mwamba said tests had found mercury. His lawyer, Kari Moen, said the governor would file a complaint.",
        "Governor Jean-Paul Mwamba said tests had found mercury. Kari Moen, a lawyer for Mwamba, said the governor would file a complaint.",
    ]) func theLawyerSpeaksForTheClient(_ raw: String) {
        #expect(affiliation(raw, "Kari Moen") == "Jean-Paul Mwamba")
    }

    @Test func aLawyerForNobodyNamedHasNoClient() {
        let raw = "Governor Jean-Paul Mwamba said tests had found mercury. Kari Moen, a lawyer, said the governor would file a complaint."
        #expect(affiliation(raw, "Kari Moen") == nil)
    }

    @Test func aLawyerAlreadyAffiliatedKeepsIt() {
        // Must-not: a lawyer the names gave a firm keeps the firm.
        let raw = "Chief executive Daniel Okafor rejected the findings. Tollbridge Holdings lawyer Tomas Reed said the tests were flawed."
        #expect(affiliation(raw, "Tomas Reed") != "Daniel Okafor")
    }
}
