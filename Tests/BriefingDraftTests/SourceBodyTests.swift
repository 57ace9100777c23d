import BriefingModel
import Testing
@testable import BriefingDraft

/// "according to the national statistics office" where no such body is named: the body of
/// the country the text is about, an actor as any source of figures is.
extension NameCauseTests {
    @Test func anUnnamedStateBodyCreditedWithAFigureIsTheHomeCountrysBody() throws {
        let result = find("Mongolia said on Monday it would cap coal exports. Mongolia warned buyers of delays. Exports fell 12% last year, according to the national statistics office.")
        let office = try #require(actor(result, "Mongolian National Statistics Office"))
        #expect(office.kind == .organization)
        #expect(office.affiliation == "Mongolia")
        #expect(office.aliases.contains("the national statistics office"))
        let bank = find("Mongolia said on Monday it would cap coal exports. Inflation reached 9%, according to the central bank.")
        #expect(actor(bank, "Mongolian Central Bank") != nil)
        // A person of the body, or a private bank, is no such source.
        let governor = find("Mongolia said on Monday it would cap coal exports. Inflation reached 9%, according to the central bank governor.")
        #expect(!names(governor).contains { $0.hasSuffix("Bank") })
        let lender = find("Mongolia said on Monday it would cap coal exports. Inflation reached 9%, according to the investment bank.")
        #expect(!names(lender).contains { $0.hasSuffix("Bank") })
        let outlet = find("Mongolia said on Monday it would cap coal exports. Inflation reached 9%, according to the state news agency.")
        #expect(!names(outlet).contains { $0.hasSuffix("Agency") })
    }
}
