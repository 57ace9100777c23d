import BriefingModel
import Testing
@testable import BriefingDraft

/// A UN body with a capitalised name of its own ("the U.N. Verification Mission in Haiti", "the
/// United Nations Development Programme") acts for itself: the United Nations met only inside
/// that name is not drafted. Lowercase descriptions and the UN acting itself still draft it.
/// Invented sentences.
@Suite struct ProperNamedUNBodyTests: NameProbing {
    static let un: Set<String> = ["UN", "U.N.", "United Nations"]
    func hasUN(_ raw: String) -> Bool { !names(find(raw)).isDisjoint(with: Self.un) }

    @Test(arguments: [
        "The U.N. Verification Mission in Haiti condemned the attack and called for calm.",
        "The United Nations Development Programme warned in a report that the glaciers were shrinking.",
        "The UN Office for the Coordination of Humanitarian Affairs said 40,000 people had fled.",
        "Rain had fallen, the United Nations Environment Programme said on Tuesday.",
    ]) func aProperNamedUNBodyLeavesTheUNOut(_ raw: String) {
        #expect(!hasUN(raw), "\(names(find(raw)))")
    }

    @Test(arguments: [
        "The UN human rights office said it had received credible reports of raids.",
        "The United Nations accused the authorities of expelling pregnant women.",
        "The U.N. Security Council met on Monday. The United Nations said it was alarmed.",
    ]) func theUNActingOrDescribedStays(_ raw: String) {
        #expect(hasUN(raw), "\(names(find(raw)))")
    }

    @Test func theEUKeepsItsMission() {
        let raw = "The European Union Election Observation Mission said the vote had been orderly."
        #expect(names(find(raw)).contains("European Union"), "\(names(find(raw)))")
    }
}
