import BriefingModel
import Testing
@testable import BriefingDraft

/// Who holds a position whose subject is set beside an apposition, read through the whole
/// pipeline (names, then positions). Found among dispute sides given to another actor on
/// development sets B and C. The sentences are invented.
@Suite struct AppositionHolderTests {
    func holders(_ raw: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func aPersonDescribedByTheirWorkplaceHoldsThePosition() {
        // The body closes a prepositional phrase inside the apposition: the person is the subject.
        #expect(holders("Tomas Brenner, a researcher at the Centre for Fiscal Studies, questioned whether the savings were real.")
            == ["questions Tomas Brenner"])
        #expect(holders("Lena Vogt, the head of the Alpine Farmers Union, denied that the quota had been broken.")
            == ["denies Lena Vogt"])
        #expect(holders("Mirela Radu, a political analyst at the Iasi-based think tank Civic Lens, questioned whether the ballots were lost.")
            == ["questions Mirela Radu"])
    }

    @Test func aBodyNamedInTheAppositionOfADescriptionHoldsThePosition() {
        #expect(holders("The owner, a Malta-registered firm called Blue Reef Shipping, said the anchor had come loose in a storm.")
            == ["asserts Blue Reef Shipping"])
        #expect(holders("The ship's operator, a Hong Kong-registered company called Tern Maritime, denied that the crew had cut the cable.")
            == ["denies Tern Maritime"])
        // A name that is itself the apposition keeps the position, as before.
        #expect(holders("Peru's rights ombudsman, the Defensoria del Pueblo, questioned the official toll.")
            == ["questions Defensoria del Pueblo"])
    }

    @Test func anAnalystAtANamedBodyIsAPersonOfThatBody() {
        let result = NameFinder.find(in: TextSplitter.split(
            "Mirela Radu, a political analyst at the Iasi-based think tank Civic Lens, said the vote was clean."), gazetteer: .standard)
        let person = result.actors.first { $0.name == "Mirela Radu" }
        #expect(person?.kind == .person, "\(result.actors.map(\.name))")
        #expect(person?.affiliation == "Civic Lens")
    }
}
