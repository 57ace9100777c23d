import Testing
@testable import BriefingDraft

/// From an invented probe of an outbreak story: a title owned through "its" may carry its field
/// after "of" and the place of the office after it ("Its head of mission in Malawi, Marie-Claire
/// Dupont,"): the holder still belongs to the body the pronoun points back to.
@Suite struct PronounOwnedOfficeTests: NameProbing {
    @Test(arguments: [
        "Doctors Without Borders (MSF) painted a bleaker picture. Its head of mission in Malawi, Marie-Claire Dupont, said the centres were full.",
        "Doctors Without Borders (MSF) painted a bleaker picture. Its director of operations, Marie-Claire Dupont, said the centres were full.",
        "Doctors Without Borders (MSF) painted a bleaker picture. Its deputy head of mission, Marie-Claire Dupont, said the centres were full.",
    ]) func theHolderBelongsToTheBody(_ text: String) {
        let result = find(text)
        #expect(actor(result, "Marie-Claire Dupont")?.affiliation == "Doctors Without Borders", "\(affiliations(result))")
    }

    @Test func noTitleNoOwner() {
        // "Its neighbour in Malawi": no title's head, so nobody's officer.
        let result = find("Doctors Without Borders (MSF) painted a bleaker picture. Its neighbour in Malawi, Marie-Claire Dupont, said the centres were full.")
        #expect(actor(result, "Marie-Claire Dupont")?.affiliation == nil)
    }
}
