import Testing
@testable import BriefingDraft

/// "Minister for Foreign Affairs Penny Wong said": a title whose portfolio follows it after
/// "for", "on", "of" or (for envoys) "to" keeps the portfolio in the role, and the person is
/// named by the words after it (the portfolio words were read as the first words of the name).
/// Titles of British, Australian, EU and UN copy. The sentences are invented.
@Suite struct TitlePortfolioTests: NameProbing {
    @Test func thePortfolioAfterForOrOnIsPartOfTheRole() {
        let result = find("""
            Minister for Foreign Affairs Mara Quint said the sanctions were justified.
            EU Commissioner for Trade Jonas Velde said the duties were legal.
            UN Special Rapporteur on Torture Ilse Brandt said the detainees had been abused.
            UN High Commissioner for Human Rights Oren Valdi said the killings must stop.
            """)
        #expect(actor(result, "Mara Quint")?.role == "Minister for Foreign Affairs", "\(names(result))")
        #expect(actor(result, "Jonas Velde")?.role == "Commissioner for Trade", "\(names(result))")
        #expect(actor(result, "Ilse Brandt")?.role == "Special Rapporteur on Torture", "\(names(result))")
        #expect(actor(result, "Oren Valdi")?.role == "High Commissioner for Human Rights", "\(names(result))")
    }

    @Test func aPortfolioAfterTheOfficesOwnOfAndAnEnvoysCountry() {
        let result = find("""
            Secretary of State for Defence Tom Arlen said the jets would stay.
            Minister of Foreign Affairs Ana Ferro said the border was closed.
            Ambassador to Russia Carl Dunmore said the embassy would stay open.
            """)
        #expect(actor(result, "Tom Arlen")?.role == "Secretary of State for Defence", "\(names(result))")
        #expect(actor(result, "Ana Ferro")?.role == "Minister of Foreign Affairs", "\(names(result))")
        #expect(actor(result, "Carl Dunmore")?.role == "Ambassador to Russia", "\(names(result))")
    }

    @Test func aSurnameOrNoNameAfterThePortfolio() {
        // A plural surname after a one-word portfolio stays the name; with no name the title stands alone.
        let result = find("""
            Minister for Health Thomas Reeves said the clinics would reopen.
            The Minister for Trade said the deal was close.
            """)
        #expect(actor(result, "Thomas Reeves")?.role == "Minister for Health", "\(names(result))")
        #expect(!names(result).contains { $0.contains("Trade") }, "\(names(result))")
    }

    @Test func anOfficeNamedForATitleWithItsPortfolioIsOneBody() {
        let result = find("The Office of the High Commissioner for Fisheries said the quota was unlawful.")
        #expect(actor(result, "Office of the High Commissioner for Fisheries")?.kind == .organization, "\(names(result))")
    }

    @Test func aChiefOfStaffAndAGeneralStaff() {
        let result = find("""
            Chief of Staff Lena Sokol said the plan would work.
            Chief of the General Staff Ivan Dorn said the offensive had begun.
            Director of National Intelligence Ruth Calder said the report was accurate.
            Ukraine said on Monday its General Staff had counted 30 drones. The General Staff said 28 had been shot down.
            """)
        #expect(actor(result, "Lena Sokol")?.role == "Chief of Staff", "\(names(result))")
        #expect(actor(result, "Ivan Dorn")?.role == "Chief of the General Staff", "\(names(result))")
        #expect(actor(result, "Ruth Calder")?.role == "Director of National Intelligence", "\(names(result))")
        #expect(actor(result, "General Staff")?.kind == .organization, "\(names(result))")
    }
}
