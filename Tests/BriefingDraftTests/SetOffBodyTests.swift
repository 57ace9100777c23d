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
