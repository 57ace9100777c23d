import BriefingModel
import Testing
@testable import BriefingDraft

/// "Residents' groups welcomed the cut but said it did not go far enough": a body owned by a
/// plural is a group voice when it takes a side. Found by probing invented text (development
/// set L had the form); the passages are invented.
@Suite struct PossessiveGroupVoiceTests: StanceProbing {
    let lead = "LISBON, June 2 (Reuters) - Portugal's government said on Tuesday it would cut night flights at Lisbon airport by a third from next year.\n\n"

    @Test(arguments: [
        ("Residents' groups welcomed the cut but said it did not go far enough.", "denies Residents' groups"),
        ("Farmers’ unions rejected the plan.", "denies Farmers’ unions"),
        ("Pilots' associations questioned whether the new routes were safe.", "questions Pilots' associations"),
    ])
    func aPluralOwnersBodyTakesASide(_ sentence: String, _ side: String) {
        let found = positionLines(lead + sentence)
        #expect(found.contains(side), "\(found)")
    }

    @Test(arguments: [
        "Patients' associations said some people had travelled from the Algarve to Lisbon only to find their flights cancelled.",
        "The farmers' fields near the runway flooded last winter, officials said.",
        "Residents' groups met on Monday evening.",
    ])
    func aReportOrAnOwnedThingIsNoVoice(_ sentence: String) {
        let result = Drafter.draft(lead + sentence, published: nil)
        #expect(!result.actors.contains { $0.name.contains("'") || $0.name.contains("’") }, "\(result.actors.map(\.name))")
    }
}
