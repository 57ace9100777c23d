import Testing
@testable import BriefingDraft

/// "The Istanbul chief prosecutor's office said", "a spokeswoman for the Vienna public
/// prosecutor's office": a city's office of a title-holder is a body of its own, named with
/// the city, when it acts or speaks through a spokesperson. Found among unmatched actors of
/// development set Q. The sentences are invented.
@Suite struct CityOfficeTests: NameProbing {
    @Test func aCitysOfficeOfATitleHolderIsABody() {
        let result = find("""
            The Izmir chief prosecutor's office said 12 people had been detained.
            Marta Gilabert, a spokeswoman for the Graz public prosecutor's office, rejected that account.
            """)
        #expect(actor(result, "Izmir chief prosecutor's office")?.kind == .organization, "\(names(result))")
        #expect(actor(result, "Graz public prosecutor's office")?.kind == .organization, "\(names(result))")
    }

    @Test func anOfficeOnlyMentionedIsNoActor() {
        let result = find("The suspect was handed to the Izmir chief prosecutor's office on Monday.")
        #expect(actor(result, "Izmir chief prosecutor's office") == nil, "\(names(result))")
    }
}
