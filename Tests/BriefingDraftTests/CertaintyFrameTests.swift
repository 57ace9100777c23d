import BriefingModel
import Testing
@testable import BriefingDraft

/// "said she had no doubt that the company had overdrawn the aquifer", "did not doubt the
/// inspectors' figures": a doubt denied is certainty, not a denial nor a question; the stance is
/// the framed clause's. Found by probing invented text; the passages are invented.
@Suite struct CertaintyFrameTests: StanceProbing {
    static let claim = """
        SANTIAGO, June 2 (Reuters) - Chile's environment regulator on Tuesday said Andes Cobre had pumped 22% more water than its permit allowed from an aquifer near Calama.
        """

    @Test(arguments: [
        "Environment Minister Carla Fuentes said she had no doubt that the company had overdrawn the aquifer.",
        "Environment Minister Carla Fuentes said she did not doubt the inspectors' figures.",
        "Environment Minister Carla Fuentes said there was little doubt the aquifer had fallen.",
        "\"There is no doubt the company took more than its share,\" said Environment Minister Carla Fuentes.",
    ])
    func aDoubtDeniedAsserts(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Carla Fuentes")
        #expect(found == ["asserts"], "\(found)")
    }

    @Test func aDoubtStillQuestions() {
        let found = stances("\(Self.claim)\n\nEnvironment Minister Carla Fuentes said she doubted the company's figures.", of: "Carla Fuentes")
        #expect(found == ["questions"], "\(found)")
    }

    @Test func theFramedClauseStillDenies() {
        let found = stances("\(Self.claim)\n\nEnvironment Minister Carla Fuentes said there was no doubt the figures were false.", of: "Carla Fuentes")
        #expect(found == ["denies"], "\(found)")
    }
}
