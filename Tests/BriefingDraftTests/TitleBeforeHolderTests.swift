import Testing
@testable import BriefingDraft

/// A body's title set before the holder's name ("the company's chief executive, Rodrigo
/// Fuentes,"), from invented wire-copy probes: the holder belongs to the body "the <noun>" points
/// back to, as "the company said" does. Only a missing affiliation is filled, and a founder or
/// owner is left alone.
@Suite struct TitleBeforeHolderTests: NameProbing {
    @Test(arguments: [
        ("""
            Chile's regulator accused Minera Cordillera Azul Ltd of hiding a leak from a tailings dam.
            The company's chief executive, Rodrigo Fuentes, said the leak had been reported within hours.
            """, "Rodrigo Fuentes", "Minera Cordillera Azul Ltd"),
        ("""
            Nordvik Lines said on Friday it would appeal the fine.
            The firm's legal director, Anna Berg, said the regulator had not seen its data.
            """, "Anna Berg", "Nordvik Lines"),
        ("""
            Opposition lawmakers accused the Social Affairs Ministry of ignoring a 2024 audit.
            The ministry's secretary-general, Kadri Tamm, said the audit had been sent to every firm.
            """, "Kadri Tamm", "Social Affairs Ministry"),
        ("""
            Hospitals in Lima said the Ministry of Health had cut their budgets by a tenth.
            "No hospital has lost a single sol," the ministry's spokesman, Jorge Quispe, told reporters.
            """, "Jorge Quispe", "Ministry of Health"),
        ("""
            The National Mining Workers Union backed the farmers in Chile.
            The union's leader, Hector Salinas, said workers had warned managers about cracks in the dam.
            """, "Hector Salinas", "National Mining Workers Union"),
        ("""
            East Java police said the ferry was overloaded, but PT Samudra Lintas said it carried 150 people.
            "The manifest lists 150 names," the company's director, Hendra Wijaya, told reporters.
            """, "Hendra Wijaya", "PT Samudra Lintas"),
    ]) func theHolderBelongsToTheBody(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == probe.2, "\(affiliations(result))")
    }

    /// Must not read: a founder or owner, a possessive person, and a body noun with no body of it
    /// drafted before. (No title head before the comma, "the company's shares, Name said,", is
    /// PossessedTitleTests' case: one text guards both forms.)
    @Test(arguments: [
        ("""
            Prosecutors said Medlane Trading had paid officials in Romania for hospital contracts.
            The company's founder, Mihai Lupescu, has pleaded not guilty.
            """, "Mihai Lupescu", "Medlane Trading"),
        ("""
            Prosecutors said Medlane Trading had paid officials in Romania for hospital contracts.
            The company's owner, Mihai Lupescu, has pleaded not guilty.
            """, "Mihai Lupescu", "Medlane Trading"),
        ("""
            The Malawi Football Federation said it would appeal.
            Chikondi Banda's spokesman, Ivo Mwale, said the president would not resign.
            """, "Ivo Mwale", "Malawi Football Federation"),
    ]) func noOfficerIsRead(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation != probe.2, "\(affiliations(result))")
    }

    /// A holder an earlier rule already placed keeps that affiliation: the before-the-name form
    /// only fills a gap. (Reading it over a country's "president" moved a dispute side on a
    /// development set; the council's president is then a known issue.)
    @Test func aHolderAlreadyPlacedKeepsTheirAffiliation() {
        let result = find("""
            Chile's mining ministry said the Council of Atacameno Peoples had not filed a complaint.
            "The lagoon is dying," the council's president, Liliana Rojas, told reporters.
            """)
        withKnownIssue("a country's president an earlier rule placed is not moved to the body") {
            #expect(actor(result, "Liliana Rojas")?.affiliation == "Council of Atacameno Peoples")
        }
    }

    /// With no body of that noun drafted before, the holder keeps what the other rules gave.
    @Test func noBodyOfThatNounLeavesTheHolderAlone() {
        let result = find("""
            Protesters gathered in Lilongwe on Monday.
            The federation's spokesman, Chikondi Banda, said the strike would go on.
            """)
        #expect(actor(result, "Chikondi Banda")?.affiliation?.contains("Federation") != true, "\(affiliations(result))")
    }
}
