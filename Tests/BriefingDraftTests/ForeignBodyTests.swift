import Testing
@testable import BriefingDraft

/// "the Turkish coast guard" in a text about Greece: a body its country's name sets apart is
/// not what "the coast guard" alone means there, when the home country's body is at hand.
extension NameCauseTests {
    @Test func aBareBodyIsTheHomeOneNotTheForeignOne() throws {
        let result = find("""
            ROME, June 3 (Reuters) - Italian prosecutors opened an inquiry on Tuesday into claims about a migrant boat.
            The Ausonian Coast Guard denied the account.
            The Libyan coast guard said it had rescued 40 people from the boat.
            The coast guard questioned the data, saying its vessel had been elsewhere.
            """)
        let foreign = try #require(actor(result, "Libyan Coast Guard"))
        #expect(!foreign.aliases.contains("the coast guard"))
        let home = try #require(actor(result, "Ausonian Coast Guard"))
        #expect(home.aliases.contains("the coast guard"))
        // The only body of that kind is still the one meant.
        let alone = find("""
            ROME, June 3 (Reuters) - Italian prosecutors opened an inquiry on Tuesday into claims about a migrant boat.
            The Libyan coast guard said it had rescued 40 people from the boat.
            The coast guard said its vessel had been elsewhere.
            """)
        #expect(actor(alone, "Libyan Coast Guard")?.aliases.contains("the coast guard") == true)
    }
}

/// "the International Organization for Migration (IOM) … The UN agency said": the description
/// refers back to the body named, and makes no actor of the UN.
extension NameCauseTests {
    @Test func theUNAgencyIsTheInternationalBodyNamedBefore() throws {
        let result = find("""
            About 4,000 people fled to Pemba, according to the International Organization for Migration (IOM).
            The UN agency said it was registering new arrivals.
            """)
        #expect(actor(result, "UN") == nil)
        #expect(actor(result, "International Organization for Migration")?.aliases.contains("the UN agency") == true)
        // Without a body named before, the description still names the UN.
        let alone = find("The UN agency said it was registering new arrivals.")
        #expect(actor(alone, "UN") != nil)
    }
}
