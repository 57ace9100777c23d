import BriefingModel
@testable import BriefingDraft
import Testing

/// A body taken up again by the description the text gave it: "Harbor Watch, the port's
/// independent safety monitor, … The safety monitor disputed that." Probe cases (invented) for a
/// form the drafter already reads; kept so it stays read. Each also checks what must be left alone.
extension DisputeFinderTests {
    @Test func aDescriptionGivenAfterTheNameHoldsTheSide() throws {
        let found = disputes("""
            The outage shut down the cranes of Harbor Watch, the port's independent safety monitor, for almost 30 hours.

            Anna Berg said on Monday that the ministry had warned the port about the weak cables in October.

            The safety monitor disputed that.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute).contains("denies Harbor Watch"), "\(sides(dispute))")
    }

    @Test func aDescriptionGivenBeforeTheNameHoldsTheSide() throws {
        let found = disputes("""
            Anna Berg said on Monday that the independent monitor Harbor Watch had ignored warnings about the weak cables.

            The monitor rejected the accusation, saying it had never received a warning.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute).contains("denies Harbor Watch"), "\(sides(dispute))")
    }

    @Test func aDescriptionPicksItsBodyOverTheLatestOne() throws {
        let found = disputes("""
            Harbor Watch, the port's independent safety monitor, inspected the cranes in March.

            Anna Berg said on Monday that the safety monitor had ignored warnings from the Ministry of Trade about the weak cables.

            The Ministry of Trade said it had sent three letters. The safety monitor disputed that.
            """)
        #expect(found.flatMap { sides($0) }.contains("denies Harbor Watch"), "\(found.map { sides($0) })")
    }

    @Test func aDescriptionTheTextNeverGaveHoldsNothing() {
        // The port operator was never described so: no body takes the denial.
        let found = disputes("""
            The outage shut down the cranes of Harbor Watch, the port's independent safety monitor, for almost 30 hours.

            Anna Berg said on Monday that the ministry had warned the port about the weak cables in October.

            The port operator disputed that.
            """)
        #expect(!found.flatMap(\.sides).contains { $0.actor == "Harbor Watch" })
    }
}
