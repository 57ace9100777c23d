import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy. "The opposition, which called the amnesty a “gift for friends,” said it
/// would appeal": "…,” said it would" is no inverted "said he"; the subject stands before the
/// verb, and "the opposition" is the group voice introduced as "Opposition lawmakers", never
/// the country or the body named last.
@Suite struct OppositionVoiceTests {
    static func speaker(of fragment: String, in body: String) -> String? {
        let raw = "Headline\n\n" + body + "\n"
        return Drafter.draft(raw, published: nil).quotes.first { $0.text.contains(fragment) }?.speaker
    }

    @Test(arguments: [
        ("BRATISLAVA, March 3 (Reuters) - Slovakia's parliament passed a tax amnesty on Tuesday. Opposition lawmakers said the bill was unfair. The finance ministry rejected that. The opposition, which called the amnesty a “gift for friends,” said it would appeal.", "gift for friends", "Opposition lawmakers"),
        ("SOFIA, May 9 (Reuters) - Bulgaria's parliament approved the gas deal on Friday. Opposition parties said the contract was secret. The energy ministry denied that. The opposition, which called the deal a “betrayal,” said it would seek a referendum.", "betrayal", "Opposition parties"),
    ])
    func theOppositionIsTheGroupVoice(_ body: String, _ fragment: String, _ expected: String) {
        #expect(Self.speaker(of: fragment, in: body) == expected)
    }

    @Test(arguments: [
        // A true inversion keeps the speaker after the verb.
        ("QUITO, Ecuador (AP) — The port strike entered its third day. “We will not go back without a contract,” said union leader Rosa Mendez.", "without a contract", "Rosa Mendez"),
        // No group voice named for the opposition: "the opposition" names no one.
        ("VILNIUS, June 2 (Reuters) - Lithuania's government raised fuel taxes on Monday. The opposition called the rise a “tax on the poor.”", "tax on the poor", nil),
    ])
    func otherSpeakersStay(_ body: String, _ fragment: String, _ expected: String?) {
        #expect(Self.speaker(of: fragment, in: body) == expected)
    }
}
