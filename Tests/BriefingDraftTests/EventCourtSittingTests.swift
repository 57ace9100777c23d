import BriefingModel
@testable import BriefingDraft
import Testing

/// Pleas, verdicts and sentences at a dated court sitting (helper dd's invented wire-copy
/// probes): an undated plea or verdict told in the simple past, in the court sentences right
/// after one that dates the sitting to a day, happened on that day.
extension EventFinderTests {
    /// The title of the event drafted from a sentence holding `word`, with its date.
    private func courtDate(of word: String, in found: [DraftEvent]) -> String?? {
        found.first { $0.title.lowercased().contains(word) }.map { $0.date?.description }
    }

    @Test(arguments: [
        ("The former mayor of Vellan went on trial on Monday, accused of taking bribes from a road contractor.\nHe pleaded not guilty to all charges.", "2026-03-04", "pleaded", "2026-03-02"),
        ("Two student activists appeared in court in Rangu on Thursday, charged with sedition over a campus protest.\nBoth pleaded not guilty and were remanded in custody.", "2026-05-09", "pleaded", "2026-05-07"),
        ("A court in Ostra on Tuesday convicted three former executives of Nordbank of fraud.\nThe judge found them guilty of falsifying loan records.\nShe acquitted the bank's former chairman, saying prosecutors had not proved he knew of the scheme.", "2026-10-22", "acquitted", "2026-10-20"),
        ("LAGOS (Reuters) - A Lagos high court on Oct. 14 heard the case against a former oil minister.\nThe court convicted her aide of money laundering.", "2026-10-20", "convicted", "2026-10-14"),
    ])
    func aPleaOrVerdictAfterADatedSittingHappenedOnItsDay(text: String, published: String, word: String, date: String) {
        #expect(courtDate(of: word, in: events(text, published)) == .some(date))
    }

    @Test(arguments: [
        // A sentence about something else ends the run of court sentences.
        "The former mayor of Vellan went on trial on Monday, accused of taking bribes.\nProtesters marched through the city centre to demand his release.\nHe pleaded not guilty to all charges.",
        // The past perfect and "previously" tell an earlier act.
        "The former mayor of Vellan went on trial on Monday, accused of taking bribes.\nHe had pleaded guilty to a lesser charge of tax evasion.",
        "The former mayor of Vellan went on trial on Monday, accused of taking bribes.\nHe was previously convicted of fraud.",
        // A sitting dated only to a month gives no day.
        "The former mayor of Vellan went on trial in March, accused of taking bribes.\nHe pleaded not guilty to all charges.",
        // An arrest is no sitting.
        "Police arrested the former mayor of Vellan on Monday at his home.\nHe pleaded not guilty to all charges.",
    ])
    func aPleaOrVerdictOutsideADatedSittingKeepsItsDateOpen(text: String) {
        let found = events(text, "2026-03-04")
        for word in ["pleaded", "convicted"] {
            if let date = courtDate(of: word, in: found) { #expect(date == nil, "\(word)") }
        }
    }
}
