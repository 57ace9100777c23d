import BriefingModel
import Testing
@testable import BriefingDraft

/// "parliament in 2024 passed a law", "a law passed by parliament": a bare parliament that acts
/// is the legislature of the country the text is about.
extension NameCauseTests {
    @Test func aBareParliamentThatActsIsTheHomeLegislature() throws {
        let result = find("Armenia said on Monday it would tighten its border rules. Armenia's cabinet approved the plan, and parliament in 2024 passed a law on foreign funding.")
        let parliament = try #require(actor(result, "Armenian Parliament"))
        #expect(parliament.affiliation == "Armenia")
        let agent = find("Armenia said on Monday it would tighten its border rules under a law passed by parliament last year.")
        #expect(actor(agent, "Armenian Parliament") != nil)
        // A place or an addressee is no actor.
        let place = find("Armenia said on Monday it would tighten its border rules. Protesters gathered outside parliament on Tuesday, and the minister told parliament that the rules were needed.")
        #expect(actor(place, "Armenian Parliament") == nil)
    }
}
