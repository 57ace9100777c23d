import Testing
@testable import BriefingDraft

/// "Niger's military government said …", "Niger's military has denied …", "Junta spokesman X":
/// where the military rules, its military, its military government and the junta are one body.
/// Found among split actors of development set B. The sentences are invented.
@Suite struct RulingMilitaryTests: NameProbing {
    @Test func theMilitaryAndItsGovernmentAndTheJuntaAreOneBody() {
        let result = find("""
            Guinea's military government said on Monday it had suspended the opposition party.
            Guinea's military has denied detaining its leaders.
            Junta spokesman Ousmane Diallo said the decision was final.
            """)
        #expect(actor(result, "Guinean Military Government")?.kind == .organization, "\(names(result))")
        #expect(actor(result, "Guinean Military") == nil, "\(names(result))")
        #expect(actor(result, "Junta") == nil, "\(names(result))")
        #expect(actor(result, "Ousmane Diallo")?.affiliation == "Guinean Military Government")
    }

    @Test func aMilitaryWithNoRuleOfItsOwnStaysApart() {
        // No military government: the military is the armed forces, not a ruler.
        let result = find("Guinea's government said the vote would go ahead. Guinea's military has denied detaining its leaders.")
        #expect(actor(result, "Guinean Military") != nil, "\(names(result))")
    }
}
