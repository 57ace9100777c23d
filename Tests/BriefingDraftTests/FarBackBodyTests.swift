@testable import BriefingDraft
import Testing

/// "The front called his remarks …" many sentences after "the Chumbivilcas Defence Front": the
/// only body of that kind the text has named is the one meant, however far back. A state body's
/// word may name one not met yet, and "the company" is never a society or a front. Invented text.
@Suite struct FarBackBodyTests: NameProbing {
    static let filler = (1...10).map { "Traffic on the coast road was light on day \($0)." }.joined(separator: " ")

    @Test func aBareHeadReachesTheOnlyBodyOfItsKind() {
        let result = find("""
            The Chumbivilcas Defence Front, which organised the blockade, said nine people had died.
            \(Self.filler)
            The front said it would march on the capital.
            """)
        #expect(actor(result, "Chumbivilcas Defence Front")?.aliases.contains("the front") == true, "\(names(result))")
    }

    @Test func aStateBodyOrACompanyDoesNot() {
        let result = find("""
            The Namibian Environment Ministry issued the certificate in March.
            \(Self.filler)
            The ministry of mines rejected that, saying the deal had been tabled in parliament.
            """)
        #expect(actor(result, "Namibian Environment Ministry")?.aliases.contains("the ministry of mines") != true, "\(names(result))")
        let society = find("""
            Borealis Hydrogen said the plant would create 15,000 jobs.
            The court granted the interdict sought by the Namib Wildlife Society.
            The society's director, Ingrid Bohme, said the company's own study spoke of 3,000 jobs.
            """)
        #expect(actor(society, "Namib Wildlife Society")?.aliases.contains("the company") != true, "\(names(society))")
    }
}
