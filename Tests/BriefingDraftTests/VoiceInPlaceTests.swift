import BriefingModel
import Testing
@testable import BriefingDraft

/// "Opposition lawmakers in the Sejm, Poland's parliament, accused the government of …": a
/// voice placed by "in" and a described place still reaches its verb. Found by probing invented
/// text (development set U had the form); the passages are invented.
@Suite struct VoiceInPlaceTests: StanceProbing {
    @Test func lawmakersInAParliamentAccuse() {
        let found = positionLines("""
            WARSAW, March 3 (AFP) - Poland's transport ministry said on Monday it had received no complaints about pilot fatigue before the strike.

            Opposition lawmakers in the Sejm, Poland's parliament, accused the government of ignoring warnings from pilots for more than a year.
            """)
        #expect(found.contains("asserts Opposition lawmakers"), "\(found)")
    }

    @Test func aVoiceInAPlaceWithNoSideIsNoActor() {
        let result = Drafter.draft("""
            WARSAW, March 3 (AFP) - Poland's transport ministry said on Monday it had received no complaints about pilot fatigue before the strike.

            Opposition lawmakers in the Sejm, Poland's parliament, will vote on the budget on Friday.
            """, published: nil)
        #expect(!result.actors.contains { $0.name == "Opposition lawmakers" }, "\(result.actors.map(\.name))")
    }
}
