import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy. "She said …, which the company could not afford while it was preparing a
/// listing, and accused …": the verb after ", and" shares the sentence's subject, not that of
/// the "while" clause. "It said … had raised the river in southern Laos. It called …": a place
/// after a preposition and a compass word is no subject, so "it" stays the company.
@Suite struct CoordinatedSpeakerTests {
    static func speaker(of fragment: String, in body: String) -> String? {
        let raw = "Headline\n\n" + body + "\n"
        return Drafter.draft(raw, published: nil).quotes.first { $0.text.contains(fragment) }?.speaker
    }

    @Test(arguments: [
        ("Riga (AFP) - Pilots at the carrier walked out on Tuesday. “Every roster complies with the rules,” spokeswoman Liene Ozola said. She said the union's real demand was a pay rise, which the company could not afford while it was preparing for a listing, and accused union leaders of using safety “as a bargaining chip”.", "bargaining chip", "Liene Ozola"),
        ("MANILA (Reuters) - Dock workers blocked the port gates on Monday. “The company has broken every promise,” union leader Ramon Cruz said. He said the workers would stay out until wages rose, because prices had doubled since the contract was signed, and warned the port operator of a “long, hard fight”.", "long, hard fight", "Ramon Cruz"),
    ])
    func theSentenceSubjectSpeaks(_ body: String, _ fragment: String, _ expected: String) {
        #expect(Self.speaker(of: fragment, in: body) == expected)
    }

    @Test(arguments: [
        ("PHNOM PENH (Reuters) - Villagers in Cambodia blamed a dam upstream for sudden floods. The Mekong Hydro Power Company denied that its operations had caused the swings. In an emailed reply, it said heavy rain in southern Laos had raised the river. It called the accusations “without scientific basis”.", "without scientific basis", "Mekong Hydro Power Company"),
        ("AMMAN (Reuters) - Aid agencies warned of a water shortage in the camps. The Jordan Valley Water Company rejected the warning. In a statement, it said pumping in northern Syria had cut the flow. It called the agencies' figures “alarmist”.", "alarmist", "Jordan Valley Water Company"),
    ])
    func aCompassPlaceIsNoSubject(_ body: String, _ fragment: String, _ expected: String) {
        #expect(Self.speaker(of: fragment, in: body) == expected)
    }
}
