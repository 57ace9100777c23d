import BriefingModel
import Testing
@testable import BriefingDraft

/// A name headed by a site word (center, reserve, project, station …) is a place unless it
/// speaks (`Names/SiteNamedBodies.swift`); the passages are invented wire copy.
struct SiteNamedBodyTests {
    func actorNames(_ raw: String) -> Set<String> {
        Set(Drafter.draft(raw, published: nil).actors.map(\.name))
    }

    @Test func silentSitesAreNoActors() {
        let launch = actorNames("""
            Kenya's space agency said on Monday it had lost contact with its first weather satellite, which was launched from the Jiuquan Satellite Launch Center in March.
            """)
        #expect(!launch.contains("Jiuquan Satellite Launch Center"))
        let park = actorNames("""
            Rangers said on Sunday that poachers had killed four rhinos inside the Kruger Ridge National Reserve, the third such attack this year.
            """)
        #expect(!park.contains("Kruger Ridge National Reserve"))
        let scheme = actorNames("""
            The Upper Tana Irrigation Project, built in the 1990s, supplies water to about 40,000 farms, officials told Reuters.
            """)
        #expect(!scheme.contains("Upper Tana Irrigation Project"))
    }

    @Test func speakingCentresStayActors() {
        let said = actorNames("""
            The Carter Center said on Tuesday that the count in three provinces had been credible.
            """)
        #expect(said.contains("Carter Center"))
        let saidAfter = actorNames("""
            Turnout fell to 41 percent, said the Andean Election Monitoring Center, which sent 300 observers.
            """)
        #expect(saidAfter.contains("Andean Election Monitoring Center"))
        let source = actorNames("""
            More than 2,000 people have been killed since January, according to the Sahel Conflict Data Project.
            """)
        #expect(source.contains("Sahel Conflict Data Project"))
        let quoted = actorNames("""
            "The storm is strengthening quickly," the National Hurricane Center said in an advisory on Friday.
            """)
        #expect(quoted.contains("National Hurricane Center"))
    }
}
