import BriefingModel
import Testing
@testable import BriefingDraft

/// Places that are only where something runs, and short names two states share (invented sentences).
extension NameCauseTests {
    /// "trains between Brussels and Paris": the capitals a route joins make no country actors.
    @Test func theEndsOfARouteAreNoActors() {
        let result = find("""
            Belgian rail workers began a strike on Monday against the pension plan.
            The rail operator said it would run only four trains between Brussels and Lisbon on Tuesday.
            Ferry services between Dover and Calais were not affected, the port said.
            """)
        #expect(actor(result, "Portugal") == nil)
        #expect(actor(result, "France") == nil)
        #expect(actor(result, "United Kingdom") == nil)
    }

    /// Two states joined by "between" after a verb of lying or a route noun stay places, but a
    /// treaty between them still names them as parties.
    @Test func aDealBetweenTwoStatesStillNamesThem() {
        let result = find("""
            The minister praised the agreement between Portugal and Spain on water rights.
            """)
        #expect(actor(result, "Portugal") != nil)
    }

    /// "the Democratic Republic of Congo … Congo": the short name is the state named in full.
    @Test func theShortNameCongoIsTheStateNamedInFull() {
        let result = find("""
            The Democratic Republic of Congo and the rebels resumed talks in Doha on Monday.
            Congo accused the rebels of breaking the truce, and Rwanda denied helping them.
            """)
        #expect(actor(result, "Congo") == nil)
        #expect(actor(result, "Democratic Republic of the Congo") != nil)
    }

    /// The other Congo, named in full or by its capital, keeps its own actor.
    @Test func theOtherCongoNamedInFullKeepsItsActor() {
        let result = find("""
            The Democratic Republic of Congo and the Republic of Congo signed a river accord on Monday.
            Congo-Brazzaville said the accord would open the river to barges.
            """)
        #expect(actor(result, "Congo") != nil)
        #expect(actor(result, "Democratic Republic of the Congo") != nil)
    }
}
