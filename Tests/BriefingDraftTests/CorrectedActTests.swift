import BriefingModel
import Testing
@testable import BriefingDraft

/// "“The audit checked paperwork, not ownership,” said a campaigner", "“They count resignations,
/// not the doctors who cut their hours,” she said": a correction of another party's act charges
/// that party (or, of a count, doubts its figure); it does not deny what it names, as a
/// correction of the claim itself does. Found by probing invented text (development sets J and
/// U had the form); the passages are invented.
@Suite struct CorrectedActTests: StanceProbing {
    static let claim = """
        TALLINN, June 2 (Reuters) - Estonia's environment ministry said on Tuesday that a Latvian paper mill, Daugava Pulp, had dumped untreated waste into the Gauja river for months.
        """

    @Test(arguments: [
        "\"The inspectors checked paperwork, not the river,\" said Kadri Tamm, a campaigner for the Estonian Green Movement.",
        "\"The company is managing its image, not the pollution,\" said Kadri Tamm, a campaigner for the Estonian Green Movement.",
    ])
    func anotherPartysActCorrectedIsACharge(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Kadri Tamm")
        #expect(found == ["asserts"], "\(found)")
    }

    @Test(arguments: [
        "Tarmo Kask, a fishermen's union leader, said the ministry counted dead fish, not the fish that never returned to spawn.",
        "\"They count dead fish, not the fish that never came back,\" said Tarmo Kask, a fishermen's union leader.",
    ])
    func aCountCorrectedIsDoubted(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Tarmo Kask")
        #expect(found == ["questions"], "\(found)")
    }

    @Test(arguments: [
        // The claim itself corrected: a cause, a passive, a copula, a thing that "reflected".
        "Daugava Pulp spokesman Juris Liepa said the fish deaths were caused by a heatwave, not by its waste.",
        "\"The fall reflected fewer boats going out, not fewer fish,\" said Daugava Pulp spokesman Juris Liepa.",
        "\"They were pike, not salmon,\" said Daugava Pulp spokesman Juris Liepa.",
        // The speaker's own side's act: a defence, still a denial.
        "\"Daugava Pulp cleaned the river, not the ministry,\" said Juris Liepa, a spokesman for Daugava Pulp.",
        "\"We treated the waste, not the river,\" said Daugava Pulp spokesman Juris Liepa.",
    ])
    func theClaimOrOnesOwnActCorrectedDenies(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Juris Liepa")
        #expect(found == ["denies"], "\(found)")
    }
}
