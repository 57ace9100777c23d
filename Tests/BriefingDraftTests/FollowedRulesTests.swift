import BriefingModel
import Testing
@testable import BriefingDraft

/// "said the company had acted in line with its permit", "“We followed every rule”": the
/// speaker's own side said to keep to the rules denies the charge; another's conduct so
/// described ("the inspection had followed every procedure", said by a minister) does not.
/// Found by probing invented text (development set L had the form); the passages are invented.
@Suite struct FollowedRulesTests: StanceProbing {
    static let claim = """
        SANTIAGO, June 2 (Reuters) - Chile's environment regulator on Tuesday fined Andes Cobre, a copper miner, $4 million, saying it had pumped 22% more water than its permit allowed from an aquifer near Calama.
        """

    @Test(arguments: [
        "Andes Cobre chief executive Tomas Riquelme said the company had acted in line with its permit.",
        "\"We followed every rule the regulator set,\" said Andes Cobre chief executive Tomas Riquelme.",
        "Andes Cobre chief executive Tomas Riquelme said Andes Cobre had complied with the regulations.",
    ])
    func ownSideKeepingTheRulesDenies(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Tomas Riquelme")
        #expect(found == ["denies"], "\(found)")
    }

    @Test(arguments: [
        // Another's conduct kept to the rules, or no rules kept to at all.
        "Environment Minister Carla Fuentes said the inspection had followed every procedure required by law.",
        "Environment Minister Carla Fuentes said water use in the region was in line with forecasts.",
    ])
    func anothersConductOrNoRulesIsNoDenial(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Carla Fuentes")
        #expect(!found.contains("denies"), "\(found)")
    }
}
