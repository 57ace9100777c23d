import Testing
@testable import BriefingDraft

/// "Its general secretary, Wanjiru Mwangi,": a title owned through "its" belongs to the body the
/// pronoun points back to, even when the title's head made the holder an officer of the country
/// by default; a country the text wrote for the holder stays (invented probes).
@Suite struct PronounOwnerOverCountryTests: NameProbing {
    @Test(arguments: [
        ("""
            Pilots in Kenya refused to work extra shifts on Thursday.
            The Kenya Airline Pilots Association rejected the airline's account. Its general secretary, Wanjiru Mwangi, said pilots had flown 14 hours a day.
            """, "Wanjiru Mwangi", "Kenya Airline Pilots Association"),
        ("""
            Farmers in Ghana blocked roads near Kumasi on Monday.
            The Ghana Cocoa Growers Federation backed the protest. Its president, Kwame Asante, said prices had not risen in three years.
            """, "Kwame Asante", "Ghana Cocoa Growers Federation"),
    ]) func theOwnerOutweighsTheDefaultCountry(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == probe.2, "\(affiliations(result))")
    }

    /// Must not move: a holder whose country is written ("Kenya's transport secretary"), and a
    /// title with no pronoun before it.
    @Test(arguments: [
        ("""
            The Kenya Airline Pilots Association rejected the airline's account.
            Kenya's transport secretary, Grace Njoroge, urged both sides to return to talks.
            """, "Grace Njoroge", "Kenya Airline Pilots Association"),
        ("""
            The Ghana Cocoa Growers Federation backed the protest in Ghana.
            President Kwame Asante said prices had not risen in three years.
            """, "Kwame Asante", "Ghana Cocoa Growers Federation"),
    ]) func aWrittenCountryOrNoPronounStays(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation != probe.2, "\(affiliations(result))")
    }
}
