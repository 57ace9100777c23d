import BriefingModel
import Testing
@testable import BriefingDraft

/// Companies whose names hold no word of trade, from an invented probe: "Savanna Skyways said",
/// "Minera Cordillera Azul denied" were drafted as people. What the text says elsewhere, "its
/// dam", "X's shares", "the airline said", shows a body; a title, "he" or "who" keeps a person.
@Suite struct BodyEvidenceTests: NameProbing {
    func kind(_ raw: String, _ name: String) -> ActorKind? { actor(find(raw), name)?.kind }

    @Test(arguments: [
        ("Minera Cordillera Azul denied on Tuesday that its tailings dam near Copiapo was leaking.", "Minera Cordillera Azul"),
        ("Savanna Skyways said on Monday that its flights to the south would stop in April.", "Savanna Skyways"),
        ("""
            Savanna Skyways said on Monday it would cancel 40 flights a week.
            Savanna Skyways' shares fell 12% in Santiago.
            """, "Savanna Skyways"),
        ("""
            Halvard Brenna said it would close the plant.
            Halvard Brenna's chief executive, Ola Lie, declined to comment.
            """, "Halvard Brenna"),
        ("""
            Savanna Skyways said on Monday it would cancel 40 flights a week from April.
            "The tax makes our routes impossible," the airline said.
            """, "Savanna Skyways"),
        ("""
            Kivu Alloys said gunmen had stormed the site at dawn.
            Its managing director, Helene Dubois, said the army had been warned twice.
            """, "Kivu Alloys"),
        ("In a note to investors, Banco Meridional said the airline could lose 300 million reais.", "Banco Meridional"),
        ("Norte Verde, whose shares fell 5% on Monday, said the plant was safe.", "Norte Verde"),
        ("Halden Brothers said it would appeal the fine. The firm's lawyers said the fine was unlawful.", "Halden Brothers"),
    ]) func evidenceOfABodyMakesTheNameABody(_ probe: (String, String)) {
        #expect(kind(probe.0, probe.1) == .organization, "\(names(find(probe.0)))")
    }

    @Test(arguments: [
        ("Lena Dahl said on Monday that its report was false.", "Lena Dahl"),
        ("""
            Lena Dahl said on Monday that its report was false.
            Lena Dahl said she would not resign.
            """, "Lena Dahl"),
        ("""
            Marta Ruiz said the vote had been fair.
            Marta Ruiz's chief of staff, Ana Gil, said the same.
            """, "Marta Ruiz"),
        ("""
            Kestrel Air said it would cut fares.
            Ana Gil said the tax was fair. "We were warned," the airline said.
            """, "Ana Gil"),
        ("""
            Finance Minister Rodrigo Salas said the tax was fair.
            Rodrigo Salas said on Monday that its effect would be small.
            """, "Rodrigo Salas"),
        ("""
            Marta Ruiz visited the plant on Monday.
            Its managing director, Ola Lie, showed the minister the new kiln.
            """, "Marta Ruiz"),
        ("Joana Banco said in a statement that she had resigned from the board.", "Joana Banco"),
        ("Marco Silva, whose lawyers filed the appeal, said the fine was unlawful.", "Marco Silva"),
    ]) func aPersonStaysAPerson(_ probe: (String, String)) {
        #expect(kind(probe.0, probe.1) == .person, "\(names(find(probe.0)))")
    }

    /// The body's officer is its officer: the plural possessive owns the title.
    @Test func thePluralPossessiveOwnsTheTitle() {
        let result = find("""
            Savanna Skyways said on Monday that its flights would stop.
            Savanna Skyways' chief executive, Paula Herrera, said the airline would appeal.
            """)
        #expect(actor(result, "Paula Herrera")?.affiliation == "Savanna Skyways", "\(affiliations(result))")
    }

    /// "Its managing director" after the company spoke, and "the group's spokesman" for a militia.
    @Test func theOfficersOfABodyMetAsAPersonAreItsOwn() {
        let result = find("""
            A militia in eastern Congo denied on Sunday that its fighters had attacked a tin mine.
            The militia, which calls itself the Ndeke Defence Front, said its men had been 40 km away. "We have never touched that mine," the group's spokesman, Bahati Mushagalusa, told Radio Okapi.
            Kivu Alloys said gunmen had stormed the site at dawn. Its managing director, Helene Dubois, said the army had been warned twice.
            """)
        #expect(actor(result, "Helene Dubois")?.affiliation == "Kivu Alloys", "\(affiliations(result))")
        #expect(actor(result, "Bahati Mushagalusa")?.affiliation == "Ndeke Defence Front", "\(affiliations(result))")
    }

    /// A body that answers ("rejected that account") owns the officer of the next sentence's "Its".
    @Test func aBodyThatAnswersOwnsItsOfficer() {
        let result = find("""
            Nusantara Link said the outage had been caused by a fire at a data centre run by Garuda Data Centres.
            Garuda Data Centres rejected that account. Its chief operating officer, Budi Santoso, said the fire had been put out within 20 minutes.
            """)
        #expect(actor(result, "Garuda Data Centres")?.kind == .organization, "\(names(result))")
        #expect(actor(result, "Budi Santoso")?.affiliation == "Garuda Data Centres", "\(affiliations(result))")
    }

    /// A closing single quote after a plural is no possessive.
    @Test func aClosingQuoteIsNoPossessive() {
        let result = find("Critics called it 'a gift to the Andes Mines' and Governor Lucia Paz agreed.")
        #expect(actor(result, "Lucia Paz")?.affiliation != "Andes Mines", "\(affiliations(result))")
    }
}
