import Testing
@testable import BriefingDraft

/// A title owned by a body named by its common noun, after the name ("Ramesh Adhikari, the
/// federation's general secretary"), from invented wire-copy probes: the holder belongs to that
/// body, not to the country a title like "president" or "secretary" would otherwise point to.
/// Before the name ("the federation's president, Chikondi Banda") see TitleBeforeHolderTests.
@Suite struct PossessedTitleTests: NameProbing {
    @Test(arguments: [
        ("""
            The Nepal Teachers Federation said on Tuesday its members would strike.
            "They have not paid a single rupee," Ramesh Adhikari, the federation's general secretary, told reporters.
            """, "Ramesh Adhikari", "Nepal Teachers Federation"),
        ("""
            Malawi's sports ministry said it had frozen grants to the Malawi Football Federation.
            Chikondi Banda, the federation's president, rejected the finding.
            """, "Chikondi Banda", "Malawi Football Federation"),
        ("""
            East Java police said the ferry was overloaded, but PT Samudra Lintas said it carried 150 people.
            "The manifest lists 150 names," Hendra Wijaya, the company's director, told reporters.
            """, "Hendra Wijaya", "PT Samudra Lintas"),
        ("""
            Marovia said soldiers of the Kelsish Border Force had crossed the river.
            "Our men stayed on our side," Brig. Ivo Mwale, the force's chief of staff, told reporters.
            """, "Ivo Mwale", "Kelsish Border Force"),
    ]) func theHolderBelongsToTheBody(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == probe.2, "\(affiliations(result))")
    }

    /// No title between the possessive and the comma, no officer: "the company's shares, …",
    /// "the ministry's report, Green Futures, …", "the ministry's findings, Ana Lima said, …".
    @Test(arguments: [
        ("""
            Nordvik Lines said on Friday it would cut 300 jobs.
            The company's shares, Sven Olsen said, fell by a fifth after the news.
            """, "Sven Olsen", "Nordvik Lines"),
        ("""
            The Ministry of Environment published a study of the river on Tuesday.
            Citing the ministry's report, Green Futures, a campaign group, called for a ban.
            """, "Green Futures", "Ministry of Environment"),
        ("""
            The Ministry of Health said on Monday it had found no fault at the clinic.
            The ministry's findings, Ana Lima said, were written before the inquiry began.
            """, "Ana Lima", "Ministry of Health"),
    ]) func noTitleBeforeTheNameMakesNoOfficer(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation != probe.2, "\(affiliations(result))")
    }

    /// With no body of that noun drafted before, the holder keeps what the other rules gave.
    @Test func noBodyOfThatNounLeavesTheHolderAlone() {
        let result = find("""
            Protesters gathered in Lilongwe on Monday.
            Chikondi Banda, the federation's president, said the league would go on.
            """)
        #expect(actor(result, "Chikondi Banda")?.affiliation?.contains("Federation") != true, "\(affiliations(result))")
    }

    /// A person's own title through a name ("Ivo Mwale, Banda's spokesman") is the other rules' business.
    @Test func aPersonsPossessiveIsNoBodyNoun() {
        let result = find("""
            The Malawi Football Federation said it would appeal.
            Ivo Mwale, Chikondi Banda's spokesman, said the president would not resign.
            """)
        #expect(actor(result, "Ivo Mwale")?.affiliation != "Malawi Football Federation", "\(affiliations(result))")
    }
}
