import BriefingModel
import Testing
@testable import BriefingDraft

/// A one-word name set off by commas before a verb of saying, after a noun that describes no
/// person, is a body that speaks ("Its growers' lobby, Fruvex, said").
extension NameCauseTests {
    @Test func aOneWordNameSetOffAfterABodyDescriptionSpeaks() throws {
        let result = find("Quotas were cut again this spring. The region's growers' lobby, Fruvex, said on Monday that orchards would close.")
        #expect(actor(result, "Fruvex")?.kind == .organization)
        let service = find("The river fell sharply in July. The national weather service, Meteolink, warned that the drought would last.")
        #expect(actor(service, "Meteolink")?.kind == .organization)
        // A person described before the name stays a person.
        let witness = find("The shelling went on all night. A local farmer, Odhiambo, said his barn had burned.")
        #expect(actor(witness, "Odhiambo")?.kind == .person)
        // Without a verb of saying after it, a set-off word names nothing.
        let quiet = find("The shipment reached the port of the valley, Karsova, on Friday.")
        #expect(actor(quiet, "Karsova") == nil)
    }
}

/// "X, a fellow at the Lisbon-based Corvo Aberto institute, said": the body's kind after its
/// name and where it is based before it still close the appositive, so X is a person of that body.
extension NameCauseTests {
    @Test func anAppositiveTitleAtABodyNamedWithItsKindMakesAPerson() throws {
        let result = find("Few economists back the dam. Tomas Varela, a fellow at the Lisbon-based Corvo Aberto institute, said the costs were understated.")
        #expect(actor(result, "Tomas Varela")?.kind == .person)
        #expect(actor(result, "Corvo Aberto")?.kind == .organization)
        let plain = find("Few economists back the dam. Ines Couto, an analyst at the Vento Largo think tank, said the costs were understated.")
        #expect(actor(plain, "Ines Couto")?.kind == .person)
        // A capitalised word that runs on into the name is no title's closing: nothing is skipped past it
        // (he is still a person: a person noun opens the aside before his verb).
        let open = find("Few economists back the dam. Rui Pinto, a fellow at the Corvo Aberto institute Lisbon office, disagreed.")
        #expect(actor(open, "Rui Pinto")?.role == nil)
    }
}
