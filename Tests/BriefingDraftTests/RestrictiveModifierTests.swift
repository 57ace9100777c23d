import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy for a restrictive modifier set after a sentence's opening phrase: a
/// relative clause ("who have advised the government"), a participle with its object
/// ("monitoring the ceasefire in Idlib") or a past participle with its agent ("interviewed by
/// Reuters"). The names inside it are no subject; the opening phrase speaks when it names or
/// makes an actor itself. When it names none ("A panel of …"), the older reading stays, and
/// "who gave his name as X" names the person who speaks.
@Suite struct RestrictiveModifierTests {
    /// Must not read: the object of the modifier never speaks; a plain subject keeps its reading.
    @Test(arguments: [
        ("ANKARA (Reuters) - The lira fell on Tuesday. Economists who have advised the International Monetary Fund said the cut was “a grave mistake”.", "a grave mistake"),
        ("DHAKA (Reuters) - Garment exports rose in March. Residents interviewed by Reuters said wages were “never paid on time”.", "never paid on time"),
        ("NAIROBI (AP) — The drought deepened in the north. Residents living near Lake Turkana said the wells were “all dry now”.", "all dry now"),
    ] as [(String, String)])
    func modifierObjectIsNoSpeaker(_ body: String, _ fragment: String) {
        let speaker = ClauseQuoteSpeakerTests.quoteSpeaker(body, fragment)
        #expect(speaker != "International Monetary Fund" && speaker != "Reuters" && speaker != "Lake Turkana", "\(String(describing: speaker))")
    }

    @Test(arguments: [
        ("BERLIN (Reuters) - The coalition agreed the budget on Monday. Finance Minister Petra Lang said the deal was “fair to everyone”.", "fair to everyone", "Petra Lang"),
        ("SEOUL (Reuters) - Shares fell on Friday. Analysts at Mirae Securities said the sell-off was “overdone”.", "overdone", "Mirae Securities"),
    ] as [(String, String, String?)])
    func plainSubjectKeepsItsReading(_ body: String, _ fragment: String, _ expected: String?) {
        let speaker = ClauseQuoteSpeakerTests.quoteSpeaker(body, fragment)
        #expect(speaker == expected || expected == nil, "\(String(describing: speaker))")
    }
}
