@testable import BriefingDraft
import BriefingModel
import Testing

/// "could not say whether the account was accurate" leaves the claim open (a doubt), even beside
/// the speaker's own "had not yet received it"; "would not say whether" (a refusal) and "could
/// not say when" (a time) are not read so. Every sentence invented.
@Suite struct UnsaidAnswerTests {
    @Test(arguments: [
        ("the office had not yet received it and could not say whether the account was accurate", true),
        ("she said the agency cannot say if the footage is genuine", true),
        ("he was unable to tell whether the guards had used force", true),
        ("the ministry would not say whether the guards had used force", false),
        ("the mayor could not say when the road would reopen", false),
        ("the office said it could say whether the report was true within a week", false),
    ])
    func readsAnAnswerLeftOpen(_ sentence: String, _ open: Bool) {
        let lowers = IdiomStanceTests.lowers(sentence)
        #expect(PositionFinder.cannotVerify(lowers) == open, "\(sentence)")
    }

    @Test func doubtsRatherThanDenies() {
        let raw = """
            A detainee told the newspaper that guards at the Ostrava centre had pushed two strikers to the floor.

            The ombudsman's spokeswoman, Petra Hlavac, said the office had not yet received the footage and could not say whether the account was accurate.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Petra Hlavac" }.map(\.stance.rawValue)
        #expect(stances == ["questions"], "\(stances)")
    }

    @Test func leavesARefusalAlone() {
        let raw = """
            A detainee told the newspaper that guards at the Ostrava centre had pushed two strikers to the floor.

            The ombudsman's spokeswoman, Petra Hlavac, said the office had not received the footage and would not say whether it had asked for it.
            """
        let stances = Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == "Petra Hlavac" }.map(\.stance.rawValue)
        #expect(!stances.contains("questions"), "\(stances)")
    }
}
