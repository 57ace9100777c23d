import BriefingModel
import Testing
@testable import BriefingDraft

/// Actor rules from the actor miss lists of the development sets (issue 3, h34); the sentences
/// are invented.

/// A name the gazetteer does not know, standing bare after "at" at the end of its phrase, is a
/// place ("a terminal at Kessab Point"), and so are its other mentions; a workplace after a
/// staff noun or a body's name is not.
extension NameCauseTests {
    @Test func aBareNameAfterAtIsAPlace() {
        let result = find("""
            The consortium plans a fuel terminal at Kessab Point and Moravik, officials said on Monday.
            Kessab Point would handle two tankers a week, the company said.
            """)
        #expect(actor(result, "Kessab Point") == nil)
        #expect(actor(result, "Moravik") == nil)
        #expect(result.places.contains { $0.name == "Kessab Point" })
    }

    @Test func aWorkplaceOrBodyAfterAtStaysAnActor() {
        let result = find("""
            Analysts at Brenmoor said the terminal would cost more than planned.
            A strike at Halvard plantation entered its second week. Halvard said the walkout was illegal.
            """)
        #expect(actor(result, "Brenmoor") != nil)
        #expect(actor(result, "Halvard") != nil)
    }
}
