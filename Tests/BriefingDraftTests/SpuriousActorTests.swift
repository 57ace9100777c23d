import BriefingModel
import Testing
@testable import BriefingDraft

/// Spurious actors from the development sets' actor miss lists (helper sa); the passages are
/// invented wire copy.
extension NameCauseTests {
    /// "advised the Asian Development Bank on Bhutan's debt": a body's name does not run on over
    /// "on" into a place; "Committee on Foreign Affairs" still does.
    @Test func aBodyDoesNotRunOnOverOnIntoAPlace() {
        let result = find("""
            "Nobody has the figures," said Aru Mendel, an economist who has advised the World Bank on Laos's debt.
            The African Development Bank on Kenya said nothing. The International Monetary Fund on Tuesday cut its forecast.
            """)
        #expect(actor(result, "World Bank on Laos") == nil)
        #expect(actor(result, "African Development Bank on Kenya") == nil)
        let kept = find("""
            The Senate Committee on Foreign Relations said on Monday it would hold a hearing.
            The Council on Foreign Relations published a report. The Commission on Human Rights said it was concerned.
            """)
        #expect(actor(kept, "Senate Committee on Foreign Relations") != nil)
        #expect(actor(kept, "Council on Foreign Relations") != nil)
        #expect(actor(kept, "Commission on Human Rights") != nil)
    }

    /// "U.S. Customs and Border Protection", "Immigration and Customs Enforcement": an agency's
    /// name that ends in "Protection" or "Enforcement" holds its "and".
    @Test func anAgencyEndingInProtectionHoldsItsAnd() {
        let result = find("""
            U.S. Customs and Border Protection said on Tuesday it had detained three shipments of solar panels.
            Immigration and Customs Enforcement said it had arrested 40 people in Texas.
            """)
        #expect(actor(result, "U.S. Customs and Border Protection") != nil)
        #expect(actor(result, "U.S. Customs") == nil)
        #expect(actor(result, "Border Protection") == nil)
        #expect(actor(result, "Immigration and Customs Enforcement") != nil)
        let acronym = find("""
            U.S. Customs and Border Protection said on Tuesday it had detained the gloves. CBP said the workers were not free to leave.
            """)
        #expect(actor(acronym, "CBP") == nil)
        #expect(actor(acronym, "U.S. Customs and Border Protection")?.kind == .organization)
        let joint = find("""
            The files named officers of the Directorate State Protection and Intelligence Service (DSN), a spokeswoman said.
            """)
        #expect(actor(joint, "Directorate State Protection") == nil)
        let apart = find("""
            Health Minister Ana Lopes and Border Protection chief Mario Cruz visited the port of Santos on Monday.
            Greenpeace and Nature Protection said the spill would take years to clear.
            """)
        withKnownIssue("a known group's name before 'and' still joins a name ending in 'Protection'") {
            #expect(actor(apart, "Greenpeace and Nature Protection") == nil)
        }
    }

    /// "the Office of the Director of Public Prosecutions": a title with its own "of" portfolio
    /// inside an office's name is the office's holder, not a person after "Office of the".
    @Test func anOfficeOfATitleWithPortfolioIsOneName() {
        let result = find("""
            The watchdog said it would refer its findings to the Office of the Director of Public Prosecutions, which decides on charges.
            The Office of the Director of National Intelligence said on Friday that the report was accurate.
            """)
        #expect(actor(result, "Office of the") == nil)
        #expect(actor(result, "Office of the Director of Public Prosecutions") != nil)
        #expect(actor(result, "Office of the Director of National Intelligence") != nil)
        let person = find("""
            The Office of the Special Envoy said on Monday that talks would resume. Special Envoy Hans Lind said he was hopeful.
            """)
        #expect(actor(person, "Hans Lind")?.kind == .person)
    }

    /// "the western departments of Huehuetenango and San Marcos", "the waters off Caye Caulker":
    /// districts and islands, not actors.
    @Test func departmentsAndIslandsOffTheCoastAreNoActors() {
        let result = find("""
            The money was meant for clinics in the northern departments of Tarvena and San Olmo, prosecutors said.
            "We saw it last time," said Joe Barrow, a fisherman who has worked the waters off Cay Mirren for 20 years.
            Fishermen from Cay Mirren said the silt had driven the lobster away.
            """)
        #expect(actor(result, "San Olmo") == nil)
        #expect(actor(result, "Cay Mirren") == nil)
        #expect(actor(result, "Joe Barrow")?.kind == .person)
        let bodies = find("""
            The department of Greenfield Housing Association said the repairs were late.
            Analysts at Halvorsen Capital said the deal was off. Talks with Norvik Energy broke off Tuesday.
            """)
        #expect(actor(bodies, "Greenfield Housing Association") != nil)
        #expect(actor(bodies, "Halvorsen Capital") != nil)
    }
}

/// "Greenpeace Africa", "Amnesty International Australia": a campaign group's name followed by
/// the places it covers, ending the name, is its branch, one actor.
extension NameCauseTests {
    @Test func aCampaignGroupWithItsRegionIsItsBranch() {
        let result = find("""
            Greenpeace Africa, which has tracked the trawlers, said the licences were illegal.
            Amnesty International Australia said on Monday the detentions were arbitrary.
            Greenpeace Australia Pacific said satellite images showed the forest had been cleared.
            """)
        #expect(actor(result, "Greenpeace Africa") != nil)
        #expect(actor(result, "Amnesty International Australia") != nil)
        #expect(actor(result, "Greenpeace Australia Pacific") != nil)
        let one = find("""
            Greenpeace Luxembourg published a study on Monday saying the fund held coal shares.
            Greenpeace said it stood by its figures.
            """)
        #expect(actor(one, "Greenpeace") == nil)
        #expect(actor(one, "Greenpeace Luxembourg")?.aliases.contains("Greenpeace") == true)
        let apart = find("""
            Greenpeace and Amnesty International said on Tuesday the ban should be lifted.
            Human Rights Watch said in Kenya that the trials were unfair.
            """)
        #expect(actor(apart, "Greenpeace") != nil)
        #expect(actor(apart, "Human Rights Watch") != nil)
        #expect(actor(apart, "Kenya") == nil || actor(apart, "Human Rights Watch Kenya") == nil)
    }
}
