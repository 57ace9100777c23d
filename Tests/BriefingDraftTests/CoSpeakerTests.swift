import BriefingModel
@testable import BriefingDraft
import Testing

/// Two subjects of one verb of saying ("Quispe and another farmer leader, Hector Mamani, said
/// they would go to court") say the same thing: the first is not the party the claim names, so
/// she does not answer it (`Disputes/CoSpeakers.swift`). A reply by the named party with a verb
/// of its own still answers. Every sentence invented.
@Suite struct CoSpeakerTests {
    static let lead = """
        Peruvian farmers sue copper miner

        LIMA (Reuters) - Farmers in the Santa valley said on Tuesday that the mining company Cordillera Azul Resources had poisoned their river.

        """

    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func aSecondSubjectOfTheSameVerbKeepsTheClaim() {
        let found = sides("""
            Peruvian farmers accuse copper miner

            LIMA (Reuters) - Peru's environmental regulator on Tuesday fined the mining company Cordillera Azul Resources over a tailings leak at its mine.

            Rosa Quispe, who leads a federation of irrigation users in the district, said the valley's farmers would meet on Friday.

            Quispe and another farmer leader, Hector Mamani, said the leak had killed at least 140 alpacas.

            Cordillera Azul Resources said it would appeal the fine.
            """)
        let all = found.flatMap { $0 }
        #expect(all.contains("asserts Hector Mamani"), "\(found)")
        #expect(!all.contains("denies Rosa Quispe"), "\(found)")
        #expect(!all.contains("questions Rosa Quispe"), "\(found)")
    }

    @Test func theNamedPartyAnsweringWithItsOwnVerbStillDenies() {
        let found = sides(Self.lead + """
            Hector Mamani said Rosa Quispe had taken money from the company to drop the case over the river.

            Rosa Quispe said she had never met anyone from the company about the river case.
            """)
        #expect(found.contains { $0.contains("asserts Hector Mamani") && $0.contains("denies Rosa Quispe") }, "\(found)")
    }
}
