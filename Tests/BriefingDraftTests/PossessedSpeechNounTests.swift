import BriefingModel
import Testing
@testable import BriefingDraft

/// A verb-of-saying form that is also a noun ("demands", "comments", "warning") right after a
/// possessive is that noun: the quote goes to the verb before it (helper sp's invented probes).
@Suite struct PossessedSpeechNounTests {
    @Test(arguments: [
        ("""
            Talks between Egypt and Ethiopia over the Nile dam ended without agreement on Monday.
            "Ethiopia has shown no flexibility," Egyptian Water Minister Hani Sewilam said, while Ethiopian negotiator Seleshi Bekele said Cairo's demands were "colonial-era claims".
            """, "Seleshi Bekele: colonial-era claims"),
        ("""
            Nigeria's central bank governor Olayemi Cardoso said on Tuesday the naira had stabilised.
            Finance Minister Wale Edun welcomed the figures but said the governor's comments were "too optimistic".
            """, "Wale Edun: too optimistic"),
        ("""
            Dairy farmers in Ireland blocked roads in Dublin on Monday to protest against new nitrate rules.
            Agriculture Minister Martin Heydon said the farmers' demands were "understandable but unworkable".
            """, "Martin Heydon: understandable but unworkable"),
        ("""
            Brazil's foreign ministry summoned the Paraguayan ambassador on Friday.
            Paraguayan Foreign Minister Ruben Ramirez said Brasilia's warning was "out of proportion".
            """, "Ruben Ramirez: out of proportion"),
    ]) func aPossessedSpeechNounCreditsNoOne(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }

    /// The verbs themselves still credit their subjects.
    @Test(arguments: [
        ("""
            Kenya's health ministry said on Monday that cholera cases had doubled.
            Health Minister Aden Duale warns that the outbreak is "far from over".
            """, "Aden Duale: far from over"),
        ("""
            Peru's Ministry of Energy and Mines said on Monday that two mines would close.
            Union leader Rosa Quispe demands that the state pay workers "every sol they are owed".
            """, "Rosa Quispe: every sol they are owed"),
    ]) func theVerbsStillCredit(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }
}
