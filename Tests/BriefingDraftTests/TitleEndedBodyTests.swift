import Testing
@testable import BriefingDraft

/// "a leader of the Alto Beni Farmers Coordinator": a title word that ends a run of unknown
/// capitals introduces nobody; it ends a body's name.
extension NameCauseTests {
    @Test func aTitleWordEndingANameEndsABodysName() throws {
        let result = find("\"The river is dying,\" said Marta Quispe, a spokeswoman for the Alto Beni Farmers Coordinator. The Alto Beni Farmers Coordinator said it would march on Monday.")
        #expect(actor(result, "Alto Beni Farmers Coordinator")?.kind == .organization)
        #expect(actor(result, "Marta Quispe")?.kind == .person)
        // A title before a name still introduces the person.
        let titled = find("Regional Coordinator Ana Flores said the march would go ahead.")
        #expect(actor(titled, "Ana Flores")?.kind == .person)
    }
}
