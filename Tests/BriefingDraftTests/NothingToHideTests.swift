import BriefingModel
import Testing
@testable import BriefingDraft

/// "“We have nothing to hide,”" denies; "“If the company had nothing to hide, it would publish
/// its meter readings”" insinuates — a charge, not a dare nor a denial. Found by probing invented
/// text (development set W had the conditional); the passages are invented.
@Suite struct NothingToHideTests: StanceProbing {
    static let claim = """
        SANTIAGO, June 2 (Reuters) - Chile's environment regulator on Tuesday said Andes Cobre had pumped 22% more water than its permit allowed from an aquifer near Calama, and that the company had withheld its meter readings.
        """

    @Test(arguments: [
        "\"We have nothing to hide,\" said Andes Cobre chief executive Tomas Riquelme.",
        "Andes Cobre chief executive Tomas Riquelme said the company had nothing to hide.",
    ])
    func hidingNothingDenies(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Tomas Riquelme")
        #expect(found == ["denies"], "\(found)")
    }

    @Test func aConditionOnHidingNothingCharges() {
        let found = stances("""
            \(Self.claim)

            "If the company had nothing to hide, it would publish its meter readings," said Jorge Mamani, a community leader.
            """, of: "Jorge Mamani")
        #expect(found == ["asserts"], "\(found)")
    }

    @Test func aDareToShowStillDoubts() {
        let found = stances("""
            \(Self.claim)

            "If they have the readings, we would like to see them," said Jorge Mamani, a community leader.
            """, of: "Jorge Mamani")
        #expect(found == ["questions"], "\(found)")
    }
}
