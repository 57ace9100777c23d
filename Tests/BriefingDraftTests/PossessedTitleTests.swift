import Testing
@testable import BriefingDraft

/// A title owned by a body named by its common noun, before or after the name ("the
/// federation's president, Chikondi Banda", "Ramesh Adhikari, the federation's general
/// secretary"), from invented wire-copy probes: the holder belongs to that body, not to the
/// country a title like "president" or "secretary" would otherwise point to.
@Suite struct PossessedTitleTests: NameProbing {
    @Test(arguments: [
        ("""
            Malawi's sports ministry said it had frozen grants to the Malawi Football Federation.
            The federation's president, Chikondi Banda, rejected the finding.
            """, "Chikondi Banda", "Malawi Football Federation"),
        ("""
            The Nepal Teachers Federation said on Tuesday its members would strike.
            "They have not paid a single rupee," Ramesh Adhikari, the federation's general secretary, told reporters.
            """, "Ramesh Adhikari", "Nepal Teachers Federation"),
        ("""
            Malawi's sports ministry said it had frozen the grants.
            The ministry's spokeswoman, Tamara Phiri, said the audit had been carried out under the law.
            """, "Tamara Phiri", "Malawian Sports Ministry"),
        ("""
            East Java police said the ferry was overloaded, but PT Samudra Lintas said it carried 150 people.
            "The manifest lists 150 names," the company's director, Hendra Wijaya, told reporters.
            """, "Hendra Wijaya", "PT Samudra Lintas"),
    ]) func theHolderBelongsToTheBody(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == probe.2, "\(result.actors.map { "\($0.name) of \($0.affiliation ?? "-")" })")
    }

    /// With no body of that noun drafted before, the holder keeps what the other rules gave.
    @Test func noBodyOfThatNounLeavesTheHolderAlone() {
        let result = find("""
            Protesters gathered in Lilongwe on Monday.
            The federation's president, Chikondi Banda, said the league would go on.
            """)
        #expect(actor(result, "Chikondi Banda")?.affiliation?.contains("Federation") != true, "\(result.actors.map { "\($0.name) of \($0.affiliation ?? "-")" })")
    }

    /// A person's own title through a name ("Banda's spokesman, Ivo Mwale") is the other rules' business.
    @Test func aPersonsPossessiveIsNoBodyNoun() {
        let result = find("""
            The Malawi Football Federation said it would appeal.
            Chikondi Banda's spokesman, Ivo Mwale, said the president would not resign.
            """)
        #expect(actor(result, "Ivo Mwale")?.affiliation != "Malawi Football Federation", "\(result.actors.map { "\($0.name) of \($0.affiliation ?? "-")" })")
    }
}
