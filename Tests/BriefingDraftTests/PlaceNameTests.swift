import BriefingModel
import Testing
@testable import BriefingDraft

/// Names the text shows to be places by the grammar of one mention (a geographic noun after
/// it, "the town of" before it, a route to a known city) stay places where another mention
/// would make them a speaker or a subject. Causes from the miss lists of sets G and I; the
/// sentences are invented.
extension NameCauseTests {
    @Test func aNameBeforeAGeographicNounIsAPlaceEverywhere() {
        let result = find("""
            Troops moved into Harvo region on Saturday.
            Clan elders in Harvo said they would broker a ceasefire.
            """)
        #expect(actor(result, "Harvo") == nil)
        #expect(result.places.contains { $0.name == "Harvo" })
        // A noun that goes on to a body's name is no place: "the Mekong river commission".
        #expect(find("The Talvo river commission said the dam was safe.").places.allSatisfy { $0.name != "Talvo" })
    }

    @Test func aNameAfterATownOfIsAPlaceWhenItOpensALaterSentence() {
        let result = find("""
            Insurgents attacked the town of Mavuto da Serra on Sunday, officials said.
            Mavuto da Serra was occupied by insurgents for a year.
            """)
        #expect(actor(result, "Mavuto da Serra") == nil)
    }

    @Test func aNamePairedWithAPlaceIsAPlace() {
        let result = find("""
            Voters queued in the districts of Zelnik and Novo Brdo on Sunday.
            Novo Brdo and Zelnik reported long queues.
            """)
        #expect(actor(result, "Novo Brdo") == nil)
        #expect(actor(result, "Zelnik") == nil)
    }
}
