import BriefingModel
@testable import BriefingDraft
import Testing

/// Dates that reach an act across the words set between it and the act whose time it shares
/// (helper dt, invented wire copy).
extension EventFinderTests {
    /// Invented passages published on Thursday 2026-03-12, with the dates of their events.
    static let joinedVerbCases: [(String, [String?])] = [
        // Read: the verb after ", and" takes the time of the clause before the participle clause.
        ("Peru declared a state of emergency in three provinces on Monday, allowing the army to support the police, and banned public gatherings for 30 days.",
         ["2026-03-09", "2026-03-09/2026-04-07"]),
        ("Ghana recalled its ambassador to Togo on Tuesday, citing security concerns, and banned imports of Togolese cocoa.", ["2026-03-10", "2026-03-10"]),
        ("Lithuania recalled its envoy to Minsk in January, citing the crackdown, and banned imports of Belarusian potash.", ["2026-01", "2026-01"]),
        // Not read: its own time wins; a new subject after "and" is no shared verb; no time stays open.
        ("Chile recalled its ambassador on Monday, citing the border row, and expelled two diplomats on Wednesday.", ["2026-03-09", "2026-03-11"]),
        ("Police arrested 12 protesters in Lima on Sunday, prompting an outcry, and the ombudsman opened an inquiry.", ["2026-03-08", nil]),
        ("Ghana recalled its ambassador to Togo, citing security concerns, and banned imports of Togolese cocoa.", [nil, nil]),
    ]

    @Test(arguments: joinedVerbCases)
    func aVerbJoinedByAndSharesTheTimePastAParticipleClause(_ text: String, _ dates: [String?]) {
        #expect(events(text, "2026-03-12").map { $0.date?.description } == dates)
    }
}

extension EventFinderTests {
    @Test func theMainVerbAfterARelativeClauseInTheSubjectHasItsOwnTime() {
        // Published on a Thursday.
        let rebels = events("The rebels, who seized the town in 2012, attacked an army base on Sunday.", "2026-03-12")
        #expect(rebels.contains { $0.date?.description == "2026-03-08" })
        let minister = events("The interior minister, who took office in 2023, resigned on Tuesday.", "2026-03-12")
        #expect(minister.contains { $0.date?.description == "2026-03-10" })
        let court = events("The court, which was set up in 2019, ruled on Wednesday that the ban was unlawful.", "2026-03-12")
        #expect(court.contains { $0.date?.description == "2026-03-11" })
    }

    @Test func aRelativeClauseKeepsItsVerbsAndTheClauseSplitsOnlyAtAVerb() {
        func clauses(_ text: String) -> [String] {
            let tokens = SentenceTokenizer.tokenize(text)
            let dates = DateScanner.scan(tokens).map { $0.start..<$0.end }
            return ClauseSplitter.split(tokens, protected: dates).map { $0.range.map { tokens[$0].text }.joined(separator: " ") }
        }
        #expect(clauses("The minister, who took office in 2023, resigned on Tuesday.").last == "resigned on Tuesday .")
        #expect(clauses("The party, which won the vote in 2021, Ghana's largest, lost its majority.").last == "lost its majority .")
        #expect(clauses("The deal, which Paris, Berlin and Rome backed in 2019, expired in May.").last == "expired in May .")
        #expect(clauses("Negotiators, who on Monday, Tuesday and Wednesday met, agreed.").last == "agreed .")
        // A restrictive clause, a relative clause with no time of its own, or a main verb
        // that counts up a state keep the relative clause whole.
        #expect(clauses("The officials who met in Doha in May, Qatar's envoys, agreed on a truce.").count == 2)
        #expect(clauses("The storm, which struck Luzon, Samar and Leyte, killed 12 people.").last?.hasPrefix("which") == true)
        #expect(clauses("The envoy, who, unusually, was not briefed, left early.").last?.hasPrefix("who") == true)
        #expect(clauses("The conflict, which began in October 2017, has killed more than 6,000 people.").last?.hasPrefix("which") == true)
        #expect(clauses("The group, which closed its mine in 2019, said it would sue.").last?.hasPrefix("which") == true)
    }
}
