import Testing
@testable import BriefingDraft

/// An unqualified state title takes its country from the story, not from a country named after
/// the person as the one they met, spoke with or received (TitleCountryClues).
@Suite struct CounterpartCountryTests: NameProbing {
    typealias Form = (form: String, raw: String, person: String, country: String)

    /// Invented wire passages (real countries, invented people): the person, and the country
    /// their title belongs to.
    static let forms: [Form] = [
        ("after meeting X's envoy (AP quote lead)",
         "Peru lodged a formal protest on Tuesday over the seizure of two fishing boats. “This was a serious violation of our waters,” Deputy Foreign Minister Tomas Ferrand told reporters after meeting Chile’s ambassador, Luis Orrego, at the ministry.",
         "Tomas Ferrand", "Peru"),
        ("met with X's counterpart (Reuters)",
         "Croatia will tighten checks at its eastern crossings, the government said on Friday. Interior Minister Ana Kovac said the checks would start next week after she met with Hungary’s interior minister, Bela Sandor.",
         "Ana Kovac", "Croatia"),
        ("received X's delegation (AFP)",
         "Kenya has reopened talks on the disputed fishing grounds. Foreign Minister Daniel Mwangi said on Monday that the talks were useful, having received Uganda's delegation in the morning.",
         "Daniel Mwangi", "Kenya"),
        // Of two countries in the sentence before, the dateline's is the person's.
        ("dateline country among the sentence before (AP dateline)",
         "SANTIAGO, March 20 (AP) — Chile’s government defended on Thursday a new levy on copper exports, after Peru complained that it would hurt trade.\n\nFinance Minister Rodrigo Valdes said the levy was lawful, speaking after talks with Peru’s trade minister, Ana Quispe.",
         "Rodrigo Valdes", "Chile"),
        // Must not fire: a country after the person with no counterpart word before it.
        ("must not fire: subject country before a later 'after meeting'",
         "Mali signed a transit accord on Thursday. Finance Minister Omar Diallo said Senegal would cut its port fees by a fifth after meeting Mali’s traders.",
         "Omar Diallo", "Senegal"),
        ("must not fire: the sentence's subject before the person",
         "Ghana said on Wednesday it would not extend the cocoa deal, and Trade Minister Kofi Mensah said so after meeting Togo's trade minister.",
         "Kofi Mensah", "Ghana"),
        ("must not fire: without a dateline the subject of the sentence before decides",
         "Peru complained on Thursday that Chile’s new copper levy would hurt trade.\n\nTrade Minister Ana Quispe said the levy broke the spirit of the pact.",
         "Ana Quispe", "Peru"),
    ]

    @Test(arguments: forms.indices)
    func theTitleTakesTheStorysCountry(_ i: Int) throws {
        let form = Self.forms[i]
        let person = try #require(actor(find(form.raw), form.person), "\(form.form)")
        #expect(person.affiliation == form.country, "\(form.form)")
    }

    /// Forms not read yet, named.
    @Test func formsNotReadYet() throws {
        let forms: [Form] = [
            ("a summons: 'summoned X's ambassador' (left out: more dispute sides paired)",
             "Colombia protested the arrest of two of its citizens. Foreign Minister Carla Ruiz summoned Ecuador’s ambassador on Tuesday morning to protest.",
             "Carla Ruiz", "Colombia"),
            ("a title with a body word: 'Chief Cabinet Secretary … said … in Tokyo'",
             "“Our vessel acted lawfully,” Chief Cabinet Secretary Hiroshi Nakano said at a regular news conference in Tokyo.",
             "Hiroshi Nakano", "Japan"),
        ]
        for form in forms {
            withKnownIssue(Comment(rawValue: form.form)) {
                let person = actor(find(form.raw), form.person)
                #expect(person?.affiliation == form.country, "\(form.form)")
            }
        }
    }
}
