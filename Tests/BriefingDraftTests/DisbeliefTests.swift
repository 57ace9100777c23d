import BriefingModel
import Testing
@testable import BriefingDraft

/// "The union did not believe him.": not believing someone rejects what they said. Found by
/// probing invented text (development set J had the form); the passages are invented.
@Suite struct DisbeliefTests: StanceProbing {
    @Test(arguments: [
        "The Kenya Plantation Workers Union did not believe him.",
        "The Kenya Plantation Workers Union did not believe the company.",
        "The Kenya Plantation Workers Union never believed him.",
    ])
    func notBelievingSomeoneDenies(_ answer: String) {
        let found = positionLines("""
            NAIROBI, June 2 (Reuters) - Highland Leaf Ltd said on Tuesday it had paid every tea picker at least the minimum wage since 2021, its chief executive Daniel Mwangi told reporters.

            \(answer) "We have the payslips," said union secretary Grace Atieno.
            """)
        #expect(found.contains("denies Kenya Plantation Workers Union"), "\(found)")
    }

    @Test(arguments: [
        // A clause after the verb is what is doubted, not a person's word; believing is no side.
        "The Kenya Plantation Workers Union did not believe the wage table would be updated soon.",
        "The Kenya Plantation Workers Union believed him.",
        "The Kenya Plantation Workers Union said few pickers believed that story at first.",
    ])
    func believingOrAClauseIsNoDenialByTheVerb(_ answer: String) {
        let found = positionLines("""
            NAIROBI, June 2 (Reuters) - Highland Leaf Ltd said on Tuesday it had paid every tea picker at least the minimum wage since 2021.

            \(answer)
            """)
        #expect(!found.contains("denies Kenya Plantation Workers Union"), "\(found)")
    }

    @Test func aPlacedGroupDescribedAtLengthDoesNotBelieveHer() {
        let found = positionLines("""
            MEXICO CITY, Oct 8 (Reuters) - Mexico's water commission chief, Laura Fuentes, said on Friday that the extra deliveries to Texas would come from dams in the south and would not take water from farmers.

            Farmers in Sonora, the state that supplies most of the water, did not believe her. Hundreds of them blocked a dam road on Sunday.
            """)
        #expect(found.contains("denies Farmers"), "\(found)")
    }

    @Test func aPlacedGroupThatBelievedHerTakesNoDenial() {
        let found = positionLines("""
            MEXICO CITY, Oct 8 (Reuters) - Mexico's water commission chief, Laura Fuentes, said on Friday that the extra deliveries to Texas would come from dams in the south.

            Farmers in Sonora, the state that supplies most of the water, believed her at first.
            """)
        #expect(!found.contains("denies Farmers"), "\(found)")
    }
}
