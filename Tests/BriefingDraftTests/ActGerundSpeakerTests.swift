import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy. "accused the government of encouraging a “shoot first” culture": the
/// gerund after "of" is the act the accused is blamed for, and the quote in its object is the
/// accuser's phrase. A verb of saying proper after "of" ("of calling them “thugs”") keeps
/// the accused as the one whose words are quoted.
@Suite struct ActGerundSpeakerTests {
    static func speaker(of fragment: String, in body: String) -> String? {
        let raw = "Headline\n\n" + body + "\n"
        return Drafter.draft(raw, published: nil).quotes.first { $0.text.contains(fragment) }?.speaker
    }

    @Test(arguments: [
        ("KINGSTON, Jamaica (AP) — Police shot dead four men on Sunday. Opposition lawmakers accused the government of encouraging a “shoot first” culture in the police.", "shoot first", "Opposition lawmakers"),
        ("NAIROBI, Kenya (AP) — The election board delayed the count. Critics accused the government of welcoming the “chaos” at polling stations.", "chaos", "Critics"),
        ("LIMA, Peru (Reuters) - Congress passed the mining bill on Monday. Environmental groups accused Congress of rejecting “every single safeguard” proposed by scientists.", "every single safeguard", "Environmental groups"),
        ("TBILISI, Georgia (AP) — Georgia's ruling party pushed the media law through parliament. Opposition legislators accused Prime Minister Davit Beridze of praising a “Russian-style” crackdown.", "Russian-style", "Opposition legislators"),
    ])
    func theAccuserSpeaks(_ body: String, _ fragment: String, _ expected: String) {
        #expect(Self.speaker(of: fragment, in: body) == expected)
    }

    @Test(arguments: [
        ("ACCRA, Ghana (Reuters) - Students marched on parliament on Friday. Opposition lawmakers accused Interior Minister Kwame Asante of calling the students “paid troublemakers”.", "paid troublemakers", "Kwame Asante"),
        ("HANOI (AFP) - Fishermen protested outside the ministry. Activists accused Deputy Minister Tran Van Long of saying the boats were “not worth saving”.", "not worth saving", "Tran Van Long"),
    ])
    func theAccusedWhoSaidItSpeaks(_ body: String, _ fragment: String, _ expected: String) {
        #expect(Self.speaker(of: fragment, in: body) == expected)
    }
}
