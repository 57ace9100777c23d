import BriefingModel
import Testing
@testable import BriefingDraft

/// "Environment Minister Carla Fuentes defended the regulator's findings": defending another's
/// named account backs it (before: no position). "defended its figures" and "defended the city"
/// back no one. Found by probing invented text; the passages are invented.
@Suite struct DefendedAccountTests: StanceProbing {
    static let claim = """
        SANTIAGO, June 2 (Reuters) - Chile's environment regulator said on Tuesday that Andes Cobre had pumped 22% more water than its permit allowed from an aquifer near Calama.

        Andes Cobre chief executive Tomas Riquelme said the regulator's figures were wrong.
        """

    @Test func defendingAnothersFindingsBacksThem() {
        let found = stances("\(Self.claim)\n\nEnvironment Minister Carla Fuentes defended the regulator's findings.", of: "Carla Fuentes")
        #expect(found == ["asserts"], "\(found)")
    }

    @Test(arguments: [
        "Environment Minister Carla Fuentes defended her figures.",
        "Environment Minister Carla Fuentes defended the city.",
    ])
    func noOthersAccountNoBacking(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Carla Fuentes")
        #expect(found.isEmpty, "\(found)")
    }
}
