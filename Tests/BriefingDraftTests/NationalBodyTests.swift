import BriefingModel
@testable import BriefingDraft
import Testing

/// "The Dominican migration agency disputed the figure" after "the General Directorate of
/// Migration": a description owned by a country's adjective or possessive, whose modifier is a
/// word of a body of that country named before, is that body, not the country. Every passage
/// is invented; each also checks where the body must not be taken.
@Suite struct NationalBodyTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    func positions(_ raw: String) -> [String] {
        Drafter.positions(in: draft(raw).text).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func anAdjectiveOwnedAgencyIsTheBodyItsModifierNames() {
        let raw = """
            ACCRA, March 4 (Reuters) - The Ghana Revenue Authority said on Monday it had collected 12 billion cedis in the first quarter, a record.

            The International Monetary Fund said in a report that Ghana had lost about 3 billion cedis to smuggling of gold last year. The Ghanaian revenue agency disputed the figure, saying most of the gold had been declared at the border.
            """
        let found = positions(raw)
        #expect(found.contains("denies Ghana Revenue Authority"), "\(found)")
        // The participle after it ("…, saying most of the gold …") is the body's too.
        #expect(!found.contains("denies Ghana"), "\(found)")
    }

    @Test func aRegulatorDescribedByItsFieldIsTheCommission() {
        let raw = """
            MEXICO CITY, Aug 12 (Reuters) - The Energy Regulatory Commission fined three private power producers on Tuesday for failing to report outages at their gas-fired plants.

            The producers said the commission had changed the reporting rules without notice. The Mexican energy regulator denied that, saying the rules had been published in January.
            """
        let found = positions(raw)
        #expect(found.contains("denies Energy Regulatory Commission"), "\(found)")
    }

    @Test func aBodyOfAnotherCountryIsNotTaken() {
        let raw = """
            LAGOS, March 4 (Reuters) - The Ghana Revenue Authority said on Monday it had collected 12 billion cedis in the first quarter, a record.

            Traders said Nigeria had lost about 3 billion naira to smuggling of fuel last year. The Nigerian revenue agency disputed the figure, saying most of the fuel had been declared at the border.
            """
        let found = positions(raw)
        #expect(!found.contains("denies Ghana Revenue Authority"), "\(found)")
    }

    @Test func aDescriptionWithNoNamedBodyStaysWithTheCountry() {
        let raw = """
            LA PAZ (AP) - The Bolivian Mining Workers Federation said on Monday that 3,000 miners had lost their jobs since January.

            The Bolivian government rejected the figure, saying fewer than 800 posts had been cut.
            """
        let found = positions(raw)
        #expect(!found.contains("denies Bolivian Mining Workers Federation"), "\(found)")
    }

    @Test func aModifierThatIsNoWordOfTheBodyTakesNoBody() {
        let raw = """
            NAIROBI, May 2 (Reuters) - The National Drought Management Authority said on Monday that 2 million Kenyans needed food aid.

            Aid groups said the true number was closer to 4 million. The Kenyan weather agency rejected that, saying its survey covered every county.
            """
        let found = positions(raw)
        #expect(!found.contains("denies National Drought Management Authority"), "\(found)")
    }

    @Test func anInternationalBodyIsNoCountrysAgency() {
        let raw = """
            ACCRA, March 4 (Reuters) - The Ghana Immigration Service said on Monday it had returned 900 migrants to Burkina Faso since January.

            The International Organization for Migration said about 300 of those returned were children travelling alone. The Ghanaian immigration agency disputed the figure.
            """
        let found = positions(raw)
        #expect(!found.contains("denies International Organization for Migration"), "\(found)")
        #expect(found.contains("denies Ghana Immigration Service"), "\(found)")
    }
}
