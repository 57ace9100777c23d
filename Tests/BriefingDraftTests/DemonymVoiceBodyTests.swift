import BriefingModel
import Testing
@testable import BriefingDraft

/// "A Zambian environmental group said …": an unnamed body of that country's people holds
/// the statement, not the country. Passages are invented.
@Suite struct DemonymVoiceBodyTests {
    func positions(_ line: String) -> [String] {
        let draft = Drafter.draft("River poisoned\n\nLUSAKA, June 2 (Reuters) - Konkola Mining denied that the river was poisoned.\n\n\(line)", published: nil)
        return draft.disputes.flatMap { $0.sides.map(\.actor) }
    }

    @Test func theGroupHoldsTheSide() {
        let sides = positions("A Zambian environmental group said the river was poisoned.")
        #expect(!sides.contains("Zambia"), "\(sides)")
        #expect(sides.contains { $0.hasSuffix("Environmental Group") }, "\(sides)")
    }

    @Test(arguments: [
        "The Zambian government said the river was poisoned.",
        "Zambia said the river was poisoned.",
    ])
    func theCountryStillSpeaksForItself(line: String) {
        let sides = positions(line)
        #expect(sides.contains("Zambia"), "\(sides)")
    }
}
