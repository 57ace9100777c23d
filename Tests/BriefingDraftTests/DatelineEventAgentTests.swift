import BriefingModel
@testable import BriefingDraft
import Testing

/// Invented wire leads. A dateline's names ("NAIROBI, Kenya", "(Reuters)") open the story's
/// first sentence but are neither its subject nor an agent of what it reports: the event's
/// title starts at the subject after the dash, and the agency is no participant. Later in the
/// same story the agency is an outlet people talk to ("told Reuters"), which is what made it
/// an actor the dateline could lend.
@Suite struct DatelineEventAgentTests {
    static func lead(_ raw: String) -> DraftEvent? {
        Drafter.draft("Headline\n\n" + raw + "\n\n“We will appeal,” a company spokeswoman told Reuters.\n", published: BriefingDate(year: 2026, month: 4, day: 15)).events.first
    }

    @Test(arguments: [
        ("SANTIAGO, April 15 (Reuters) - Chile's environmental regulator on Wednesday fined mining company Andes Cobre $14 million over a tailings spill near the town, the largest penalty it has imposed this year.", "Chile's environmental regulator"),
        ("LIMA, Peru (Reuters) — The energy ministry on Tuesday suspended the licence of Norte Gas, the largest penalty it has imposed this year.", "The energy ministry"),
    ])
    func theLeadSubjectIsTheAgent(_ raw: String, _ subject: String) throws {
        let event = try #require(Self.lead(raw))
        #expect(event.title.hasPrefix(subject), "\(event.title)")
        #expect(!event.participants.contains("Reuters"))
    }

    @Test func anAgencyInTheSentenceItselfStaysAnActor() throws {
        // Not a dateline: the outlet is named in the sentence's own words.
        let event = try #require(Self.lead("Reuters on Tuesday published leaked files showing the mine had failed two inspections, the largest penalty it has imposed this year."))
        #expect(event.title.hasPrefix("Reuters"), "\(event.title)")
    }
}
