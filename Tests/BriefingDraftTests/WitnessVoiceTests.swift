import BriefingModel
import Testing
@testable import BriefingDraft

/// "…, but community leaders said at least nine had been killed", "Witnesses said police fired
/// first": leaders of a community and witnesses to an event are voices that take a side. A bare
/// "leaders" needs its modifier. The sentences are invented.
extension NameCauseTests {
    @Test func communityLeadersAndWitnessesAreVoices() throws {
        let result = find("""
            The ministry said two people died, but community leaders said at least nine had been killed.
            Witnesses said police fired first.
            """)
        #expect(try #require(actor(result, "Community leaders")).kind == .other)
        #expect(try #require(actor(result, "Witnesses")).kind == .other)
    }

    @Test func bareLeadersAreNoVoice() {
        let result = find("The ministry said two people died, but leaders said at least nine had been killed.")
        #expect(actor(result, "Leaders") == nil, "\(names(result))")
    }
}
