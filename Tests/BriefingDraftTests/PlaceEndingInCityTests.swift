import BriefingModel
import Testing
@testable import BriefingDraft

/// An unknown name ending in "City" after a word of place ("in Sabah Al Ahmad City") is a city,
/// never an actor. Found among the spurious actors of development set T. Invented sentences.
@Suite struct PlaceEndingInCityTests: NameProbing {
    @Test(arguments: [
        ("Two workers died at a warehouse in Jaber Al Ahmad City, the ministry said.", "Jaber Al Ahmad City"),
        ("Police said the bus overturned near Santa Lucia City on Sunday.", "Santa Lucia City"),
        ("Hundreds of families were evacuated from Port Marlow City, officials said.", "Port Marlow City"),
    ]) func aCityIsNoActor(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1) == nil, "\(names(result))")
        #expect(!result.actors.contains { $0.kind == .person }, "\(names(result))")
    }

    /// A club or a person named without a word of place stays as it was.
    @Test(arguments: [
        ("Manchester City said the striker would miss the final.", "Manchester City"),
        ("Maria Santos said the vote had been fair.", "Maria Santos"),
    ]) func othersStay(_ probe: (String, String)) {
        #expect(actor(find(probe.0), probe.1) != nil, "\(names(find(probe.0)))")
    }
}
