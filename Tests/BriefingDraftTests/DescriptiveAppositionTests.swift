import BriefingModel
import Testing
@testable import BriefingDraft

/// ", the Lebanese militant group," after a name describes it; ", a decision the operator …
/// called" does not: a second determiner opens a clause of its own.
extension NameCauseTests {
    @Test func aClauseAfterAPlaceDoesNotDescribeIt() {
        let result = find("""
            LULEA, Sweden (AP) — Sweden's transport agency closed the northern rail line on Tuesday after inspectors found cracks in a bridge near Lulea, a decision the operator of the region's iron ore trains called an overreaction.
            """)
        #expect(actor(result, "Lulea") == nil)
        #expect(result.places.contains { $0.name == "Lulea" })
    }

    @Test func anOrganisationNounAfterItsArticleStillDescribes() {
        let result = find("""
            BEIRUT, May 2 (Reuters) - Fares Haddad, a spokesman for Tanmiya, a Lebanese development group that runs the shelters, said the funds had run out.
            """)
        #expect(actor(result, "Tanmiya")?.kind == .organization)
    }
}

/// "was quoted by Dagens Nyheter as saying": the one that quotes is an outlet, known or not.
extension NameCauseTests {
    @Test func theOneThatQuotesAsSayingIsAnOutlet() {
        let result = find("""
            STOCKHOLM, March 10 (Reuters) - The agency's director, Lars Dahl, was quoted by Dagens Nyheter as saying the closure was final.
            Its deputy head was cited by Helsingin Sanomat as saying the line would reopen in May.
            """)
        #expect(actor(result, "Dagens Nyheter")?.kind == .media)
        #expect(actor(result, "Helsingin Sanomat")?.kind == .media)
    }

    @Test func aRulingCitedAsEvidenceMakesNoOutlet() {
        let result = find("""
            STOCKHOLM, March 10 (Reuters) - The report was cited by Nordvik Rail as evidence that the bridge was safe, the agency said.
            """)
        #expect(actor(result, "Nordvik Rail")?.kind != .media)
    }
}

/// A university, school or hospital is no business: "the company" after one is not it.
extension NameCauseTests {
    @Test func aUniversityIsNotTheCompany() {
        let result = find("""
            LIMA, Sept 9 (Reuters) - Hydrologists at the National University of San Agustin said the data were inconclusive.
            The company has 15 days to appeal the order, the ministry said.
            """)
        #expect(actor(result, "National University of San Agustin")?.aliases.contains("the company") == false)
    }
}
