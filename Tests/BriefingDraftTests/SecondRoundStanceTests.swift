import BriefingModel
import Testing
@testable import BriefingDraft

/// Sides read with the wrong stance on the development sets, second round: a cause not ruled
/// out is doubted, cases said to be missing from a count question the count, and a quote's
/// second clause after a semicolon may deny for the speaker's own subject. Every sentence invented.
@Suite struct SecondRoundStanceTests {
    func stances(_ raw: String, of actor: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == actor }.map(\.stance.rawValue)
    }

    @Test(arguments: [
        // A cause not ruled out is doubted.
        ("Senator Ana Ruiz said she did not rule out sabotage but that investigators had shown her nothing conclusive.", "Ana Ruiz", "questions"),
        ("Fire chief Tomasz Nowak said he could not rule out arson.", "Tomasz Nowak", "questions"),
        ("Police spokesman Kofi Mensah said officers were not ruling out foul play in the death of the activist.", "Kofi Mensah", "questions"),
        // Cases missing from a count question the count.
        ("Doctor Amina Yusuf said at least nine patients had died at a mission hospital and that their deaths had not been included in the ministry's tally.", "Amina Yusuf", "questions"),
        ("Union leader Marta Silva said contract workers were left out of the official count.", "Marta Silva", "questions"),
        ("Rights activist Omar Farouk said deaths in police custody were excluded from the government's figures.", "Omar Farouk", "questions"),
        // Not a count: the report, the talks.
        ("Lawmaker Peter Odhiambo said the clinics were not included in the reform.", "Peter Odhiambo", "denies"),
        ("Opposition leader Marta Silva said the unions had been left out of the talks.", "Marta Silva", "asserts"),
        // A quote's second clause denies for the speaker's own subject.
        ("\u{201C}Our armed forces fight the smuggling gangs; they do not protect them,\u{201D} the defence ministry spokesman, Luis Ortega, said.", "Luis Ortega", "denies"),
        ("\u{201C}We buy cocoa at the official price; we have never paid below it,\u{201D} company spokeswoman Abena Owusu said.", "Abena Owusu", "denies"),
        // Another's clause after the semicolon, or no own subject before it: an assertion.
        ("\u{201C}We will keep talking; they do not want a deal,\u{201D} negotiator Abena Owusu said.", "Abena Owusu", "asserts"),
        ("\u{201C}The rebels burn villages; they do not spare children,\u{201D} army spokesman Luis Ortega said.", "Luis Ortega", "asserts"),
    ])
    func readsTheStance(_ raw: String, _ actor: String, _ stance: String) {
        #expect(stances(raw, of: actor) == [stance], "\(raw)")
    }

    /// A plan left open ("did not rule out running again", "would not rule out further strikes")
    /// is no doubt about a claim: whatever the negated clause makes of it, not a question.
    @Test(arguments: [
        ("Prime Minister Elif Kaya said she did not rule out running for a third term.", "Elif Kaya"),
        ("Army spokesman Kofi Mensah said the military would not rule out further strikes on the camps.", "Kofi Mensah"),
    ])
    func aPlanLeftOpenIsNoDoubt(_ raw: String, _ actor: String) {
        #expect(!stances(raw, of: actor).contains("questions"), "\(raw)")
    }

    /// "said the boats had been working near the islet, and had never crossed the boundary": a
    /// second, negated predicate of the reported clause's own subject denies. Read so (branch
    /// ws2), it gained development R two sides but read "said a ban had let stocks recover and
    /// had not hurt fishermen" as the ministry's denial, losing the fishermen's rival account
    /// (ToldGroupVoiceTests); not read yet.
    @Test func aNegatedSecondPredicateDenies() {
        withKnownIssue {
            #expect(stances("Association spokesman Raju Pillai said the boats had been working near the islet, and had never crossed the maritime boundary.", of: "Raju Pillai") == ["denies"])
        }
    }
}
